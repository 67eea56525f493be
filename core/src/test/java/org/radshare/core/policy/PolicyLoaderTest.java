/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

  static final Path TEMPLATE = Path.of("..", "bundle-config", "policy.json");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Writes the template with one edit applied and returns its path. */
  private Path variant(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode policy = (ObjectNode) JSON.readTree(TEMPLATE.toFile());
    edit.accept(policy);
    Path file = dir.resolve("policy.json");
    JSON.writeValue(file.toFile(), policy);
    return file;
  }

  private List<PolicyProblem> problems(Consumer<ObjectNode> edit) throws Exception {
    Path file = variant(edit);
    try {
      PolicyLoader.load(file);
    } catch (PolicyException e) {
      return e.problems();
    }
    throw new AssertionError("expected the policy to be rejected");
  }

  @Test
  void templateIsValidAndStrict() throws Exception {
    DepartmentPolicy policy = PolicyLoader.load(TEMPLATE);
    assertThat(policy.platforms())
        .extracting(DepartmentPolicy.PlatformRule::id)
        .containsExactly("outbox", "mastodon", "bluesky");
    assertThat(policy.requiredChecks()).containsExactlyInAnyOrder(DepartmentPolicy.Check.values());
    assertThat(policy.blockOverride().allowed()).isFalse();
    assertThat(policy.acceptsOverride(Verdict.BLOCK, "x".repeat(500), Set.of("attending")))
        .isFalse();
    assertThat(policy.audit().log()).isEqualTo(Path.of("/var/lib/radshare/audit/audit.jsonl"));
  }

  @Test
  void schemaShippedInCoreIsTheOneInBundleConfig() throws Exception {
    try (var in = PolicySchema.class.getResourceAsStream(PolicySchema.RESOURCE)) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(Path.of("..", "bundle-config", "policy.schema.json")));
    }
  }

  @Test
  void missingFileBlocksSharingWithAClearMessage() {
    assertThatThrownBy(() -> PolicyLoader.load(dir.resolve("absent.json")))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("sharing is disabled")
        .hasMessageContaining("not found");
  }

  @Test
  void brokenJsonNamesTheLine() throws Exception {
    Path file = dir.resolve("policy.json");
    Files.writeString(file, "{\n  \"version\": 1,\n  oops\n}");
    assertThatThrownBy(() -> PolicyLoader.load(file)).hasMessageContaining("line 3");
  }

  @Test
  void connectorFieldsThePlatformsNeedAreAccepted() throws Exception {
    Path file =
        variant(
            p -> {
              ArrayNode platforms = (ArrayNode) p.get("platforms");
              platforms
                  .addObject()
                  .put("id", "x")
                  .put("clientId", "dept-x-client")
                  .put("clientSecretFile", "secrets/x.secret")
                  .put("redirectPort", 53682);
              platforms
                  .addObject()
                  .put("id", "facebook")
                  .put("clientId", "1234")
                  .put("pageId", "998877")
                  .put("redirectPort", 53683)
                  .put("apiVersion", "25.0");
            });

    DepartmentPolicy policy = PolicyLoader.load(file);

    assertThat(policy.platform("facebook")).isPresent();
    assertThat(policy.platform("x")).isPresent();
  }

  @Test
  void connectorFieldsAreTyped() throws Exception {
    assertThat(
            problems(
                p ->
                    ((ObjectNode) p.get("platforms").get(0))
                        .put("redirectPort", 70000)
                        .put("pageId", 5)))
        .extracting(PolicyProblem::toString)
        .anySatisfy(s -> assertThat(s).startsWith("$.platforms[0].redirectPort"))
        .anySatisfy(s -> assertThat(s).startsWith("$.platforms[0].pageId"));
  }

  @Test
  void schemaErrorsAreEachListedWithTheirLocation() throws Exception {
    List<PolicyProblem> problems =
        problems(
            p -> {
              p.remove("audit");
              p.put("colour", "blue");
              ((ObjectNode) p.get("blockOverride")).put("allowed", "no");
              ((ObjectNode) p.get("platforms").get(0)).put("id", "myspace");
            });
    assertThat(problems)
        .extracting(PolicyProblem::toString)
        .anySatisfy(s -> assertThat(s).contains("audit").contains("required"))
        .anySatisfy(s -> assertThat(s).contains("colour").contains("unknown setting"))
        .anySatisfy(s -> assertThat(s).startsWith("$.blockOverride.allowed"))
        .anySatisfy(s -> assertThat(s).startsWith("$.platforms[0].id"));
  }

  @Test
  void blockOverrideNeedsARealJustification() throws Exception {
    assertThat(problems(p -> ((ObjectNode) p.get("blockOverride")).put("allowed", true)))
        .singleElement()
        .satisfies(x -> assertThat(x.where()).isEqualTo("$.blockOverride.justificationMinLength"));
  }

  @Test
  void ocrCannotBeSwitchedOff() throws Exception {
    assertThat(problems(p -> p.putArray("requiredChecks").add("caption")))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("ocr"));
  }

  @Test
  void platformsNeedTheirClientDetails() throws Exception {
    List<PolicyProblem> problems =
        problems(
            p -> {
              ArrayNode platforms = p.putArray("platforms");
              platforms.addObject().put("id", "x");
              platforms.addObject().put("id", "mastodon");
              platforms.addObject().put("id", "bluesky").put("clientId", "radshare");
              platforms.addObject().put("id", "x").put("clientId", "abc");
              platforms
                  .addObject()
                  .put("id", "linkedin")
                  .put("clientId", "li")
                  .put("redirectPort", 53684)
                  .put("apiVersion", "2026-01");
            });
    assertThat(problems)
        .extracting(PolicyProblem::message)
        .anySatisfy(m -> assertThat(m).contains("x needs \"clientId\""))
        .anySatisfy(m -> assertThat(m).contains("mastodon needs \"instance\""))
        .anySatisfy(m -> assertThat(m).contains("client metadata"))
        .anySatisfy(m -> assertThat(m).contains("listed twice"))
        .anySatisfy(m -> assertThat(m).contains("x needs \"redirectPort\""))
        .anySatisfy(m -> assertThat(m).contains("YYYYMM"));
  }

  @Test
  void longDisclaimerLeavesNoRoomForTheCaption() throws Exception {
    assertThat(problems(p -> ((ObjectNode) p.get("post")).put("disclaimer", "x".repeat(190))))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("fits on X"));
  }

  @Test
  void overridesFollowThePolicy() throws Exception {
    DepartmentPolicy policy =
        PolicyLoader.load(
            variant(
                p -> {
                  ObjectNode block = p.putObject("blockOverride");
                  block
                      .put("allowed", true)
                      .put("justificationMinLength", 30)
                      .put("requiredRole", "attending");
                  ((ObjectNode) p.get("review")).put("justificationMinLength", 5);
                }));
    String reason = "Consented teaching case reviewed by PACS admin";
    assertThat(policy.acceptsOverride(Verdict.BLOCK, reason, Set.of("attending"))).isTrue();
    assertThat(policy.acceptsOverride(Verdict.BLOCK, reason, Set.of("resident"))).isFalse();
    assertThat(policy.acceptsOverride(Verdict.BLOCK, "too short", Set.of("attending"))).isFalse();
    assertThat(policy.acceptsOverride(Verdict.REVIEW, "ok", Set.of())).isFalse();
    assertThat(policy.acceptsOverride(Verdict.REVIEW, "checked", Set.of())).isTrue();
  }

  @Test
  void captionGetsTheDisclaimerAndMissingHashtags() throws Exception {
    DepartmentPolicy policy = PolicyLoader.load(TEMPLATE);
    assertThat(policy.finalCaption("Classic #Radiology sign"))
        .isEqualTo(
            "Classic #Radiology sign\n\nViews my own. De-identified image shared for education.\n#MedEd");
  }

  @Test
  void accountsCanBeRestricted() throws Exception {
    DepartmentPolicy policy =
        PolicyLoader.load(
            variant(
                p ->
                    ((ObjectNode) p.get("platforms").get(1))
                        .putArray("accounts")
                        .add("@dept@mastodon.example")));
    assertThat(policy.allows("mastodon", "@dept@mastodon.example")).isTrue();
    assertThat(policy.allows("mastodon", "@someone@mastodon.example")).isFalse();
    assertThat(policy.allows("outbox", "anything")).isTrue();
    assertThat(policy.allows("x", "anything")).isFalse();
  }
}
