/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DicomJsonReaderTest {

  private static Dataset read(String json) throws DicomJsonException {
    return DicomJsonReader.read(json);
  }

  private static String q(String s) {
    return s.replace('\'', '"');
  }

  @Test
  void emptyObjectIsEmptyDataset() throws Exception {
    assertThat(read("{}").isEmpty()).isTrue();
    assertThat(read("  {}\n").attributes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{}]", "\"x\"", "42", "null", "true"})
  void nonObjectTopLevelIsAnError(String json) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(DicomJsonException.class)
        .hasMessageContaining("top level");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{", "{\"00100010\":", "{} {}", "{} x", "{'a'}"})
  void truncatedOrTrailingInputIsAnError(String json) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(DicomJsonException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "AE|'STATION1'",
        "AS|'045Y'",
        "CS|'ORIGINAL'",
        "DA|'20240305'",
        "DT|'20240305143000.000000'",
        "LO|'Long string'",
        "LT|'Long text'",
        "SH|'short'",
        "ST|'short text'",
        "TM|'143000'",
        "UC|'unlimited'",
        "UI|'1.2.3.4'",
        "UR|'http://example.org/x'",
        "UT|'unlimited text'"
      })
  void readsEveryStringVr(String vrName, String value) throws Exception {
    Dataset d = read(q("{'00091001':{'vr':'" + vrName + "','Value':[" + value + "]}}"));
    Attribute a = d.get(0x00091001).orElseThrow();
    assertThat(a.vr()).isEqualTo(Vr.valueOf(vrName));
    assertThat(a.values()).hasSize(1).first().isInstanceOf(Value.Text.class);
    assertThat(d.string(0x00091001)).contains(value.replace("'", ""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "FL|1.5|1.5",
        "FD|-2.25e3|-2.25e3",
        "SL|-7|-7",
        "SS|12|12",
        "UL|4000000000|4000000000",
        "US|65535|65535",
        "SV|'-9007199254740993'|-9007199254740993",
        "UV|18446744073709551615|18446744073709551615",
        "FD|'NaN'|NaN",
        "IS|42|42",
        "IS|'42'|42",
        "DS|'3.25'|3.25",
        "DS|0.5|0.5"
      })
  void readsEveryNumberVr(String vrName, String json, String expected) throws Exception {
    Dataset d = read(q("{'00280030':{'vr':'" + vrName + "','Value':[" + json + "]}}"));
    assertThat(d.string(0x00280030)).contains(expected);
  }

  @Test
  void numberVrRejectsText() {
    assertThatThrownBy(() -> read(q("{'00280010':{'vr':'US','Value':['DOE']}}")))
        .hasMessage("at 00280010.Value[0]: expected a number");
  }

  @Test
  void readsPersonNameGroupsAndComponents() throws Exception {
    Dataset d =
        read(
            q(
                "{'00100010':{'vr':'PN','Value':[{'Alphabetic':'Yamada^Tarou^^Dr^Jr',"
                    + "'Ideographic':'山田^太郎','Phonetic':'やまだ^たろう'}]}}"));
    Value.Name v = (Value.Name) d.get(Tags.PatientName).orElseThrow().values().get(0);
    PersonName n = v.name();
    assertThat(n.alphabeticComponents())
        .isEqualTo(new PersonName.Components("Yamada", "Tarou", "", "Dr", "Jr"));
    assertThat(n.ideographicComponents().family()).isEqualTo("山田");
    assertThat(n.phoneticComponents().given()).isEqualTo("たろう");
    assertThat(d.string(Tags.PatientName)).contains("Yamada^Tarou^^Dr^Jr");
    assertThat(n.toString()).doesNotContain("Yamada");
  }

  @Test
  void personNameAsPlainStringIsReadAsAlphabetic() throws Exception {
    Dataset d = read(q("{'00100010':{'vr':'PN','Value':['DOE^JOHN']}}"));
    assertThat(d.string(Tags.PatientName)).contains("DOE^JOHN");
  }

  @Test
  void personNameWithWrongGroupTypeNamesThePlace() {
    assertThatThrownBy(() -> read(q("{'00100010':{'vr':'PN','Value':[{'Alphabetic':7}]}}")))
        .isInstanceOf(DicomJsonException.class)
        .hasMessage("at 00100010.Value[0].Alphabetic: expected a string");
    assertThatThrownBy(() -> read(q("{'00100010':{'vr':'PN','Value':[{'Nickname':'x'}]}}")))
        .hasMessageContaining("unknown person name component group");
  }

  @Test
  void readsNestedSequencesAndWalksThem() throws Exception {
    String json =
        q(
            "{'00101002':{'vr':'SQ','Value':[{'00100020':{'vr':'LO','Value':['ID-1']}},"
                + "{'00100020':{'vr':'LO','Value':['ID-2']},'00081115':{'vr':'SQ','Value':[{"
                + "'00080090':{'vr':'PN','Value':[{'Alphabetic':'WHO^DR'}]}}]}}]},"
                + "'00100020':{'vr':'LO','Value':['TOP']}}");
    Dataset d = read(json);
    List<Dataset> items = d.get(Tags.OtherPatientIDsSequence).orElseThrow().items();
    assertThat(items).hasSize(2);
    assertThat(items.get(1).get(0x00081115).orElseThrow().items().get(0).string(0x00080090))
        .contains("WHO^DR");
    List<String> seen = new ArrayList<>();
    d.walk((path, a) -> seen.add(path.size() + ":" + a.tagString()));
    assertThat(seen)
        .containsExactly(
            "0:00100020", "0:00101002", "1:00100020", "1:00081115", "2:00080090", "1:00100020");
    assertThat(d.texts())
        .extracting(Dataset.TaggedText::text)
        .containsExactlyInAnyOrder("TOP", "ID-1", "ID-2", "WHO^DR");
  }

  @Test
  void errorInsideSequenceNamesTheFullPath() {
    String json = q("{'00081115':{'vr':'SQ','Value':[{'0020000D':{'vr':'UI','Value':[5]}}]}}");
    assertThatThrownBy(() -> read(json))
        .hasMessage("at 00081115.Value[0].0020000D.Value[0]: expected a string");
  }

  @Test
  void readsMultipleValuesIncludingNulls() throws Exception {
    Dataset d = read(q("{'00080008':{'vr':'CS','Value':['DERIVED',null,'SCREEN SAVE']}}"));
    assertThat(d.strings(Tags.ImageType)).containsExactly("DERIVED", "", "SCREEN SAVE");
    assertThat(d.get(Tags.ImageType).orElseThrow().values().get(1)).isInstanceOf(Value.Empty.class);
  }

  @Test
  void keepsPrivateAttributes() throws Exception {
    Dataset d =
        read(
            q(
                "{'00290010':{'vr':'LO','Value':['ACME 1.0']},"
                    + "'00291010':{'vr':'LO','Value':['secret']}}"));
    assertThat(d.get(0x00291010).orElseThrow().isPrivate()).isTrue();
    assertThat(d.get(Tags.PatientName)).isEmpty();
    assertThat(Attribute.isPrivate(Tags.PatientName)).isFalse();
  }

  @Test
  void bulkDataIsRecordedButNeverDecoded() throws Exception {
    Dataset d =
        read(
            q(
                "{'7FE00010':{'vr':'OW','BulkDataURI':'http://host/bulk/1'},"
                    + "'00291020':{'vr':'OB','InlineBinary':'RE9FXkpPSE4='},"
                    + "'00081030':{'vr':'UT','BulkDataURI':'file:///x'}}"));
    for (Attribute a : d.attributes()) {
      assertThat(a.bulkData()).isTrue();
      assertThat(a.values()).isEmpty();
    }
    assertThat(d.texts()).isEmpty(); // base64 of DOE^JOHN must not come back as text
  }

  @Test
  void acceptsValueBeforeVr() throws Exception {
    Dataset d = read(q("{'00100010':{'Value':[{'Alphabetic':'DOE^JANE'}],'vr':'PN'}}"));
    assertThat(d.string(Tags.PatientName)).contains("DOE^JANE");
  }

  @Test
  void readsAttributeTagValues() throws Exception {
    Dataset d = read(q("{'00209165':{'vr':'AT','Value':['00100010','0020000d']}}"));
    assertThat(d.strings(0x00209165)).containsExactly("00100010", "0020000D");
  }

  @Test
  void lowerCaseTagsAreAccepted() throws Exception {
    assertThat(read(q("{'0020000d':{'vr':'UI','Value':['1.2']}}")).string(Tags.StudyInstanceUID))
        .contains("1.2");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{'0010001':{'vr':'PN'}}|at top level: member #1 is not a tag of 8 hex digits",
        "{'0010001G':{'vr':'PN'}}|at top level: member #1 is not a tag of 8 hex digits",
        "{'00100010':{'vr':'XX'}}|at 00100010: 'vr' is not a known two-letter value",
        "{'00100010':{'vr':'pn'}}|at 00100010: 'vr' is not a known two-letter value",
        "{'00100010':{'Value':[]}}|at 00100010: missing 'vr'",
        "{'00100010':{'vr':5}}|at 00100010.vr: expected a string",
        "{'00100010':'DOE'}|at 00100010: expected an attribute object",
        "{'00100010':{'vr':'PN','Value':{}}}|at 00100010.Value: expected an array",
        "{'00100010':{'vr':'PN','Extra':1}}|at 00100010: unknown member 'Extra'",
        "{'00100010':{'vr':'PN','vr':'PN'}}|at 00100010: duplicate member 'vr'",
        "{'00100010':{'vr':'PN'},'00100010':{'vr':'PN'}}|at 00100010: duplicate attribute",
        "{'00100010':{'vr':'PN'},'00100010':{'vr':'PN'}}|duplicate attribute",
        "{'0020000D':{'vr':'UI'},'0020000d':{'vr':'UI'}}|at 0020000D: duplicate attribute",
        "{'7FE00010':{'vr':'OW','Value':[1]}}|at 7FE00010.Value: VR OW carries only",
        "{'00291010':{'vr':'OB','InlineBinary':5}}|at 00291010: InlineBinary must be a string",
        "{'00291010':{'vr':'LO','Value':['x'],'BulkDataURI':'u'}}|has both Value and bulk data",
        "{'00209165':{'vr':'AT','Value':['0010']}}|at 00209165.Value[0]: expected a tag",
        "{'00081115':{'vr':'SQ','Value':['x']}}|at 00081115.Value[0]: expected a sequence item",
        "{'00081115':{'vr':'SQ','Value':[null]}}|expected a sequence item",
        "{'00200013':{'vr':'IS','Value':[true]}}|at 00200013.Value[0]: expected a number or"
      })
  void malformedAttributesNameWhereTheyBroke(String json, String message) {
    assertThatThrownBy(() -> read(q(json)))
        .isInstanceOf(DicomJsonException.class)
        .hasMessageContaining(message.replace('\'', '"'));
  }

  @Test
  void errorMessagesNeverQuoteValues() {
    assertThatThrownBy(
            () ->
                read(q("{'00100010':{'vr':'PN','Value':[{'Alphabetic':'x'}]," + "'DOE^JOHN':1}}")))
        .hasMessageNotContaining("DOE");
    assertThatThrownBy(() -> read("{\"00100010\":{'vr':\"PN\",\"Value\":[DOEJOHN]}}"))
        .hasMessageNotContaining("DOEJOHN")
        .hasMessageStartingWith("malformed JSON at line 1");
  }

  @Test
  void sequenceDepthIsBounded() {
    assertThatThrownBy(() -> read(nestedSequences(DicomJsonReader.MAX_SEQUENCE_DEPTH + 1)))
        .isInstanceOf(DicomJsonException.class)
        .hasMessageContaining("nested deeper than 64");
  }

  @Test
  void sequenceDepthAtTheLimitIsRead() throws Exception {
    assertThat(read(nestedSequences(DicomJsonReader.MAX_SEQUENCE_DEPTH)).size()).isEqualTo(1);
  }

  @Test
  void extremelyDeepJsonIsAnErrorNotAStackOverflow() {
    String deep = "{\"00081115\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertThatThrownBy(() -> read(deep)).isInstanceOf(DicomJsonException.class);
    String arrays = "[".repeat(100_000);
    assertThatThrownBy(() -> read(arrays)).isInstanceOf(DicomJsonException.class);
  }

  @Test
  void readsFromStreamWithoutClosingIt() throws Exception {
    byte[] bytes = q("{'00100020':{'vr':'LO','Value':['ABC']}}").getBytes(StandardCharsets.UTF_8);
    boolean[] closed = {false};
    var in =
        new ByteArrayInputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(DicomJsonReader.read(in).string(Tags.PatientID)).contains("ABC");
    assertThat(closed[0]).isFalse();
  }

  static String nestedSequences(int levels) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      sb.append("{\"00081115\":{\"vr\":\"SQ\",\"Value\":[");
    }
    sb.append("{}");
    for (int i = 0; i < levels; i++) {
      sb.append("]}}");
    }
    return sb.toString();
  }

  @Test
  void readsUtf8WithByteOrderMarkAndUtf16() throws Exception {
    String json = q("{'00100010':{'vr':'PN','Value':[{'Alphabetic':'MÜLLER^ZOË'}]}}");
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(DicomJsonReader.read(new ByteArrayInputStream(withBom)).string(Tags.PatientName))
        .contains("MÜLLER^ZOË");
    byte[] utf16 = json.getBytes(StandardCharsets.UTF_16BE);
    assertThat(DicomJsonReader.read(new ByteArrayInputStream(utf16)).string(Tags.PatientName))
        .contains("MÜLLER^ZOË");
  }

  @Test
  void failingStreamIsAReadError() {
    var broken =
        new java.io.InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> DicomJsonReader.read(broken))
        .isInstanceOf(DicomJsonException.class)
        .hasMessageStartingWith("could not read DICOM JSON");
    assertThatThrownBy(() -> DicomJsonReader.read((java.io.InputStream) null))
        .isInstanceOf(DicomJsonException.class);
    assertThatThrownBy(() -> DicomJsonReader.read((String) null))
        .isInstanceOf(DicomJsonException.class);
  }

  @Test
  void invalidUtf8IsAnError() {
    byte[] bad = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    assertThatThrownBy(() -> DicomJsonReader.read(new ByteArrayInputStream(bad)))
        .isInstanceOf(DicomJsonException.class);
  }
}
