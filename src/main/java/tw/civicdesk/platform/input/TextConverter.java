// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * The text check at data binding: Spring MVC converts every bound string (request parameters, path
 * variables, headers, form-object properties, list elements, map keys and values) from {@code
 * String} to {@code String} through the conversion service, so registering this converter there
 * checks each of them with the rules of the property or parameter it goes to. A refusal becomes a
 * field error on a form ({@link TextBindingAdvice}) and a 400 problem elsewhere.
 */
final class TextConverter implements GenericConverter {

  @Override
  public Set<ConvertiblePair> getConvertibleTypes() {
    return Set.of(new ConvertiblePair(String.class, String.class));
  }

  @Override
  public @Nullable Object convert(
      @Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
    if (source == null) {
      return null;
    }
    return TextRules.of(targetType::getAnnotation).check((String) source, null);
  }
}
