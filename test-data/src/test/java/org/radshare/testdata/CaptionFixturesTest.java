/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radshare.testdata.header.Tag;
import org.radshare.testdata.identity.PersonName;

class CaptionFixturesTest {

  private final JsonNode captions = Fixtures.read(Fixtures.ROOT.resolve("captions.json"));

  @Test
  void captionsAreWellFormedAndTheirPhiSubstringsOccur() {
    assertThat(captions.isArray()).isTrue();
    assertThat(captions.size()).isGreaterThanOrEqualTo(200);
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    int positives = 0;
    for (JsonNode c : captions) {
      String id = c.path("id").asText();
      assertThat(id).matches("c\\d{3}");
      assertThat(ids.add(id)).as("unique " + id).isTrue();
      assertThat(Fixtures.IMAGES.resolve(c.path("header").asText())).as(id).exists();
      String caption = c.path("caption").asText();
      assertThat(caption).as(id).isNotBlank();
      assertThat(texts.add(caption)).as(id + " repeats an earlier caption").isTrue();
      assertThat(c.path("phi").isArray()).as(id).isTrue();
      for (JsonNode p : c.path("phi")) {
        assertThat(caption).as(id).contains(p.path("text").asText());
        assertThat(p.path("text").asText()).as(id).isNotBlank();
        assertThat(p.path("category").asText()).as(id).isNotBlank();
      }
      positives += c.path("phi").isEmpty() ? 0 : 1;
    }
    assertThat(positives).isBetween(captions.size() * 2 / 5, captions.size() * 3 / 5);
  }

  @Test
  void everyCaptionCategoryIsAHeaderAttributeOrASafeHarborPattern() {
    for (JsonNode c : captions) {
      JsonNode header = Fixtures.read(Fixtures.IMAGES.resolve(c.path("header").asText()));
      for (JsonNode p : c.path("phi")) {
        String category = p.path("category").asText();
        if (Fixtures.SAFE_HARBOR.contains(category)) {
          continue;
        }
        Tag tag = Tag.byKeyword(category).orElseThrow(() -> new AssertionError(c.toString()));
        assertThat(header.has(tag.hex())).as(c.path("id").asText() + " " + category).isTrue();
      }
    }
  }

  @Test
  void negativeCaptionsDoNotMentionTheirPatient() {
    for (JsonNode c : captions) {
      if (!c.path("phi").isEmpty()) {
        continue;
      }
      JsonNode header = Fixtures.read(Fixtures.IMAGES.resolve(c.path("header").asText()));
      String name =
          header.path(Tag.PatientName.hex()).path("Value").get(0).path("Alphabetic").asText();
      String caption = fold(c.path("caption").asText());
      for (String part : name.split("[\\^ \\-']")) {
        if (part.length() >= 3) {
          assertThat(caption)
              .as(c.path("id").asText())
              .doesNotContainPattern("\\b" + java.util.regex.Pattern.quote(fold(part)) + "\\b");
        }
      }
      String pid = header.path(Tag.PatientID.hex()).path("Value").get(0).asText();
      assertThat(caption).as(c.path("id").asText()).doesNotContain(fold(pid));
    }
  }

  @Test
  void positivesCoverTheHardSpellings() {
    boolean invisible = false;
    boolean cyrillic = false;
    boolean ideographic = false;
    for (JsonNode c : captions) {
      for (JsonNode p : c.path("phi")) {
        String t = p.path("text").asText();
        invisible |= t.contains("\u200B") || t.contains("\uFEFF");
        cyrillic |=
            t.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
        ideographic |= t.codePoints().anyMatch(Character::isIdeographic);
      }
    }
    assertThat(invisible).isTrue();
    assertThat(cyrillic).isTrue();
    assertThat(ideographic).isTrue();
  }

  private static String fold(String s) {
    return PersonName.stripDiacritics(s).toLowerCase(Locale.ROOT);
  }
}
