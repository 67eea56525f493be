/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.PhiLexicon;

/**
 * Caption recall and precision over test-data's caption sets: {@code captions.json} and the seeded,
 * harder {@code captions-hard.json} (obfuscated header identifiers, identifiers that need no
 * header, other people's names, institutions, decoys). The screen is the one every outgoing text
 * goes through, so these figures hold for alt texts, hashtags and justifications too.
 */
public final class CaptionBenchmark {

  /** The caption sets, in the order they print. */
  public static final List<String> SETS = List.of("captions.json", "captions-hard.json");

  private CaptionBenchmark() {}

  /** Scores one case: expected spans some finding overlaps, findings that overlap some span. */
  public static CaptionScore score(CaptionCase c) throws BadInputException {
    Dataset header = c.header() == null ? Dataset.empty() : HeaderFiles.read(c.header());
    List<CaptionFinding> findings = CaptionScanner.scan(c.caption(), PhiLexicon.from(header));
    List<int[]> expected = new ArrayList<>();
    for (CaptionCase.Expected e : c.phi()) {
      int from = c.caption().indexOf(e.text());
      while (from >= 0) {
        expected.add(new int[] {from, from + e.text().length()});
        from = c.caption().indexOf(e.text(), from + 1);
      }
    }
    int found = 0;
    for (int[] span : expected) {
      if (findings.stream().anyMatch(f -> f.start() < span[1] && span[0] < f.end())) {
        found++;
      }
    }
    int correct = 0;
    for (CaptionFinding f : findings) {
      if (expected.stream().anyMatch(span -> f.start() < span[1] && span[0] < f.end())) {
        correct++;
      }
    }
    return new CaptionScore(found, expected.size() - found, correct, findings.size() - correct);
  }

  /** The score of every set present under {@code fixturesDir}, by file name. */
  public static Map<String, CaptionScore> bySet(Path fixturesDir)
      throws IOException, BadInputException {
    Map<String, CaptionScore> out = new LinkedHashMap<>();
    for (String set : SETS) {
      if (Files.exists(fixturesDir.resolve(set))) {
        CaptionScore s = new CaptionScore(0, 0, 0, 0);
        for (CaptionCase c : Fixtures.captions(fixturesDir, set)) {
          s = s.plus(score(c));
        }
        out.put(set, s);
      }
    }
    return out;
  }

  /** All sets together. */
  public static CaptionScore total(Map<String, CaptionScore> bySet) {
    return bySet.values().stream().reduce(new CaptionScore(0, 0, 0, 0), CaptionScore::plus);
  }

  /** One line per set, for {@code radshare bench}. */
  public static void print(Map<String, CaptionScore> bySet, PrintStream out) {
    bySet.forEach(
        (set, s) ->
            out.printf(
                Locale.ROOT,
                "  %-24s recall %.4f (%d/%d), precision %.4f (%d/%d)%n",
                set,
                s.recall(),
                s.expectedFound(),
                s.expectedFound() + s.expectedMissed(),
                s.precision(),
                s.findingsCorrect(),
                s.findingsCorrect() + s.findingsWrong()));
  }
}
