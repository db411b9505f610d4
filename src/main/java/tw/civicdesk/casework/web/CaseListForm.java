// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the console case list, as typed: every value is text here and is checked
 * by {@link CaseListParams}, so that a bad value becomes a field error, never a 500.
 */
public class CaseListForm {

  private @Nullable String view;
  private List<String> status = new ArrayList<>();
  private @Nullable String service;
  private @Nullable String channel;
  private @Nullable String dueBy;
  private @Nullable String overdue;
  private @Nullable String sort;
  private @Nullable String after;
  private @Nullable String key;
  private @Nullable String size;

  public @Nullable String getView() {
    return view;
  }

  public void setView(@Nullable String view) {
    this.view = view;
  }

  public List<String> getStatus() {
    return status;
  }

  public void setStatus(@Nullable List<String> status) {
    this.status = status == null ? new ArrayList<>() : new ArrayList<>(status);
  }

  public @Nullable String getService() {
    return service;
  }

  public void setService(@Nullable String service) {
    this.service = service;
  }

  public @Nullable String getChannel() {
    return channel;
  }

  public void setChannel(@Nullable String channel) {
    this.channel = channel;
  }

  public @Nullable String getDueBy() {
    return dueBy;
  }

  public void setDueBy(@Nullable String dueBy) {
    this.dueBy = dueBy;
  }

  public @Nullable String getOverdue() {
    return overdue;
  }

  public void setOverdue(@Nullable String overdue) {
    this.overdue = overdue;
  }

  public @Nullable String getSort() {
    return sort;
  }

  public void setSort(@Nullable String sort) {
    this.sort = sort;
  }

  public @Nullable String getAfter() {
    return after;
  }

  public void setAfter(@Nullable String after) {
    this.after = after;
  }

  public @Nullable String getKey() {
    return key;
  }

  public void setKey(@Nullable String key) {
    this.key = key;
  }

  public @Nullable String getSize() {
    return size;
  }

  public void setSize(@Nullable String size) {
    this.size = size;
  }
}
