/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Decides whether bytes after the last whole line can be what a writer that died mid-write left:
 * the start of the next record, with the next sequence number and the hash of the last line, cut
 * before its closing brace. Anything else (text appended by hand, a whole record without its
 * newline, a record that does not continue the chain) is not a torn write and is never recovered
 * automatically.
 */
final class NextRecordPrefix {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern TIME = Pattern.compile("[0-9TZ:.\\-]*");

  private NextRecordPrefix() {}

  /**
   * True when {@code fragment} is a proper prefix of a record {@code seq} chained to {@code prev}.
   */
  static boolean accepts(byte[] fragment, long seq, String prev) {
    if (fragment.length == 0 || !isProperJsonPrefix(fragment)) {
      return false;
    }
    String text = new String(fragment, StandardCharsets.UTF_8);
    String head = "{\"seq\":" + seq + ",\"type\":\"";
    if (!startsConsistently(text, head)) {
      return false;
    }
    if (text.length() <= head.length()) {
      return true;
    }
    String rest = text.substring(head.length());
    int typeEnd = rest.indexOf('"');
    String type = typeEnd < 0 ? rest : rest.substring(0, typeEnd);
    boolean knownType =
        Arrays.stream(RecordType.values())
            .anyMatch(t -> typeEnd < 0 ? t.name().startsWith(type) : t.name().equals(type));
    if (!knownType) {
      return false;
    }
    if (typeEnd < 0) {
      return true;
    }
    rest = rest.substring(typeEnd);
    boolean unsignedCheckpoint =
        type.equals(RecordType.CHECKPOINT.name()) && rest.startsWith("\",\"prev");
    String afterType = unsignedCheckpoint ? "\",\"prev\":\"" : "\",\"at\":\"";
    if (!unsignedCheckpoint) {
      if (!startsConsistently(rest, afterType)) {
        return false;
      }
      if (rest.length() <= afterType.length()) {
        return true;
      }
      rest = rest.substring(afterType.length());
      int atEnd = rest.indexOf('"');
      String at = atEnd < 0 ? rest : rest.substring(0, atEnd);
      if (!TIME.matcher(at).matches()) {
        return false;
      }
      if (atEnd < 0) {
        return true;
      }
      try {
        Instant.parse(at);
      } catch (DateTimeParseException e) {
        return false;
      }
      rest = rest.substring(atEnd);
      afterType = "\",\"prev\":\"";
    }
    return startsConsistently(rest, afterType + prev + "\"");
  }

  /** True when {@code fragment} starts (or could start) checkpoint {@code seq}. */
  static boolean isCheckpointStart(byte[] fragment, long seq) {
    return startsConsistently(
        new String(fragment, StandardCharsets.UTF_8),
        "{\"seq\":" + seq + ",\"type\":\"" + RecordType.CHECKPOINT.name() + "\"");
  }

  /** True when one of the two strings starts with the other (the fragment may end anywhere). */
  private static boolean startsConsistently(String text, String expected) {
    return text.length() <= expected.length()
        ? expected.startsWith(text)
        : text.startsWith(expected);
  }

  /** Valid JSON so far, one object that is not yet closed. */
  private static boolean isProperJsonPrefix(byte[] fragment) {
    try (JsonParser parser = FACTORY.createNonBlockingByteArrayParser()) {
      ((ByteArrayFeeder) parser.getNonBlockingInputFeeder())
          .feedInput(fragment, 0, fragment.length);
      int depth = 0;
      boolean started = false;
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.NOT_AVAILABLE) {
        if (token == null) {
          return false;
        }
        if (token.isStructStart()) {
          depth++;
          started = true;
        } else if (token.isStructEnd()) {
          depth--;
        }
        if (!started || depth == 0) {
          return false; // a scalar first, or the record already closed: not a torn write
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
