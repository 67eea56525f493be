package org.radshare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.accounts.Accounts;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.connect.token.TokenStoreException;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.policy.PolicyLoader;
import org.radshare.core.share.ClipPublishRequest;
import org.radshare.core.share.PublishRequest;
import org.radshare.core.share.Publisher;
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
      DepartmentPolicy rules =
          policy != null ? PolicyLoader.load(policy) : defaultPolicy(platform.get(), out);
      boolean clip = input.clip();
      Connector connector = connector(platform.get(), out, policy);
      String as = account == null ? "" : account;
      if (clip) {
        ClipPublishRequest request = confirmed(input.clipRequest(as).withHashtags(hashtags));
        CheckedClip checked = ClipCommands.service().check(request.input());
        try (AuditLog audit = AuditLog.open(rules.audit())) {
          return PostReport.clip(
              publisher(rules, audit).publishClip(request, checked, connector), json, System.out);
        }
      }
      PublishRequest request = confirmed(input.stills(as).withHashtags(hashtags));
      try (AuditLog audit = AuditLog.open(rules.audit())) {
        return PostReport.stills(
            publisher(rules, audit).publish(request, connector), json, System.out);
      }
    } catch (BadInputException | PolicyException | SettingsException | TokenStoreException e) {
      return bad(e.getMessage());
    } catch (ConnectorException e) {
      return bad(e.getMessage());
    }
  }

  private static Publisher publisher(DepartmentPolicy rules, AuditLog audit) {
    return new Publisher(Pipeline.service(), rules, audit, Actor.currentOsUser());
  }

  private PublishRequest confirmed(PublishRequest request) {
    return review != null && review.confirm
        ? request.confirmingReview(review.justification)
        : request;
  }

  private ClipPublishRequest confirmed(ClipPublishRequest request) {
    return review != null && review.confirm
        ? request.confirmingReview(review.justification)
        : request;
  }

  private Connector connector(Platform platform, Path out, Path policyFile)
      throws ConnectorException, SettingsException, TokenStoreException {
    if (platform == Platform.OUTBOX) {
      return new OutboxConnector(out, Platform.MASTODON, Clock.systemUTC());
    }
    AccountsCommand.Common common = new AccountsCommand.Common();
    common.config = policyFile;
    common.tokenDir = tokenDir;
    return new Accounts(
            ConnectorSettings.load(policyFile),
            common.store(),
            Clock.systemUTC(),
            ApiClient::create)
        .open(platform, account);
  }

  /** Without --policy, only the outbox may be used, under the outbox's own policy. */
  private static DepartmentPolicy defaultPolicy(Platform platform, Path out)
      throws IOException, BadInputException, PolicyException {
    if (platform != Platform.OUTBOX) {
      throw new BadInputException(
          "posting to " + platform.key() + " needs the department --policy");
    }
    return OutboxPolicy.prepare(out);
  }

  private static int bad(String message) {
    System.err.println("radshare: " + message);
    return RadShareCommand.EXIT_BAD_INPUT;
  }
}
