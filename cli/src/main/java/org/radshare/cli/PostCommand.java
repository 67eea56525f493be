/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.radshare.core.audit.Actor;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.connect.token.TokenStoreException;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.share.ClipPublishRequest;
import org.radshare.core.share.PostAnswers;
import org.radshare.core.share.PublishRequest;
import org.radshare.core.share.PublishSetup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code radshare post}: the whole pipeline from files — checks, the department policy's gates,
 * metadata-free encoding, audit intent, post, audit result — for one to four images in one post or
 * a clip ({@code --frames}, encoded as MP4 or GIF fitted to the platform). Refuses BLOCK, and
 * REVIEW unless {@code --confirm-review} is given. Exit status: 0 posted, 3 refused, 4 the platform
 * failed, 2 bad input, 1 internal error.
 */
@Command(
    name = "post",
    description = "Check, redact and post up to four images, or a clip, with a caption.",
    mixinStandardHelpOptions = true)
final class PostCommand implements Callable<Integer> {

  static final int EXIT_REFUSED = 3;
  static final int EXIT_PLATFORM_FAILED = 4;

  @Mixin PostInputs input;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "PLATFORM",
      description = "outbox, mastodon, x, linkedin, bluesky or facebook.")
  String to;

  @Option(names = "--account", paramLabel = "NAME", description = "Saved account to post as.")
  String account;

  @Option(names = "--hashtag", paramLabel = "TAG", description = "Hashtag to add (repeatable).")
  List<String> hashtags = new ArrayList<>();

  @ArgGroup(exclusive = false)
  Review review;

  /** The radiologist's confirmation of a REVIEW verdict. */
  static final class Review {
    @Option(
        names = "--confirm-review",
        required = true,
        description = "Confirm a REVIEW verdict after checking the redacted image.")
    boolean confirm;

    @Option(names = "--justification", paramLabel = "TEXT", description = "Why it is safe.")
    String justification = "";
  }

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Department policy (default for --to outbox: the demo policy in the outbox).")
  Path policy;

  @Option(names = "--outbox", paramLabel = "DIR", description = "Outbox folder (default ./outbox).")
  Path outbox;

  @Option(names = "--token-dir", paramLabel = "DIR", description = "Where sign-ins are kept.")
  Path tokenDir;

  @Option(names = "--json", description = "Print the outcome as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Optional<Platform> platform = Platform.byKey(to);
    if (platform.isEmpty()) {
      return bad(
          "unknown platform \""
              + to
              + "\"; use outbox, mastodon, x, linkedin, bluesky or facebook");
    }
    Path out = (outbox != null ? outbox : Home.path("outbox")).toAbsolutePath();
    try {
      PublishSetup setup = setup(platform.get(), out);
      boolean clip = input.clip();
      PublishSetup.Target target = setup.target(platform.get(), account);
      if (clip) {
        ClipPublishRequest request = input.clipRequest(target.account()).withAnswers(answers());
        CheckedClip checked = ClipCommands.service().check(request.input());
        try (PublishSetup.Session session = open(setup)) {
          return PostReport.clip(
              session.publisher().publishClip(request, checked, target.connector()),
              json,
              System.out);
        }
      }
      PublishRequest request = input.stills(target.account()).withAnswers(answers());
      try (PublishSetup.Session session = open(setup)) {
        return PostReport.stills(
            session.publisher().publish(request, target.connector()), json, System.out);
      }
    } catch (BadInputException | PolicyException | SettingsException | TokenStoreException e) {
      return bad(e.getMessage());
    } catch (ConnectorException e) {
      return bad(e.getMessage());
    }
  }

  /** The department's setup; without --policy, only the outbox under the outbox's own policy. */
  private PublishSetup setup(Platform platform, Path out)
      throws IOException, BadInputException, PolicyException {
    if (policy != null) {
      return PublishSetup.forDepartment(policy, this::tokenStore, out);
    }
    if (platform != Platform.OUTBOX) {
      throw new BadInputException(
          "posting to " + platform.key() + " needs the department --policy");
    }
    return PublishSetup.outboxOnly(OutboxPolicy.prepare(out), out);
  }

  private TokenStore tokenStore() {
    AccountsCommand.Common common = new AccountsCommand.Common();
    common.tokenDir = tokenDir;
    return common.store();
  }

  private static PublishSetup.Session open(PublishSetup setup) throws IOException {
    return setup.open(Pipeline.service(), Actor.currentOsUser());
  }

  /** The hashtags and, with {@code --confirm-review}, the confirmation and its justification. */
  private PostAnswers answers() {
    PostAnswers answers = PostAnswers.NONE.withHashtags(hashtags);
    return review != null && review.confirm
        ? answers.confirmingReview(review.justification)
        : answers;
  }

  private static int bad(String message) {
    System.err.println("radshare: " + message);
    return RadShareCommand.EXIT_BAD_INPUT;
  }
}
