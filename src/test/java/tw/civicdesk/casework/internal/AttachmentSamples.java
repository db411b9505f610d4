// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

/**
 * The sample files of {@link tw.civicdesk.casework.AttachmentSamples} under their old name, kept
 * only while a test of another module still imports it from here; remove it with that import.
 */
public final class AttachmentSamples {

  public static final byte[] PDF = tw.civicdesk.casework.AttachmentSamples.PDF;
  public static final byte[] PNG = tw.civicdesk.casework.AttachmentSamples.PNG;
  public static final byte[] EXE = tw.civicdesk.casework.AttachmentSamples.EXE;

  private AttachmentSamples() {}
}
