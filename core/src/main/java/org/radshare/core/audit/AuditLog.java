/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.radshare.core.audit.atna.AtnaExporter;
import org.radshare.core.policy.DepartmentPolicy;

/**
 * The tamper-evident audit trail of shares: the one entry point the share service writes to. Call
 * {@link #recordIntent} before anything is sent (if it throws, nothing may be posted), then {@link
 * #recordResult} with how it ended. The log is JSON Lines; each record carries the SHA-256 of the
 * previous line, a sequence number and a UTC time, and contains no PHI: subjects are pseudonymous
 * and findings are counted by kind. A copy of every posted file is kept in {@link
 * #mediaDirectory()} under its SHA-256 for the compliance report.
 */
public final class AuditLog implements Closeable {

  private static final System.Logger LOG = System.getLogger(AuditLog.class.getName());

  private final Path file;
  private final Path mediaDirectory;
  private final Pseudonymizer pseudonymizer;
  private final AuditOptions options;
  private final ChainAppender appender;
  private final Map<IntentId, ShareEntry> inFlight = new ConcurrentHashMap<>();

  private AuditLog(Path file, Pseudonymizer pseudonymizer, AuditOptions options)
      throws IOException {
    this.file = file;
    this.mediaDirectory = mediaDirectoryOf(file);
    this.pseudonymizer = pseudonymizer;
    this.options = options;
    this.appender =
        new ChainAppender(
            file,
            options.clock(),
            options.checkpointKey().map(AuditOptions.SigningKey::privateKey),
            options.checkpointKey().map(k -> CheckpointKeys.keyId(k.publicKey())).orElse(""),
            options.rotation());
  }

  /** Opens (creating if needed) the log at {@code file} with default options. */
  public static AuditLog open(Path file, Pseudonymizer pseudonymizer) throws IOException {
    return open(file, pseudonymizer, AuditOptions.defaults());
  }

  /** Opens (creating if needed) the log at {@code file}. */
  public static AuditLog open(Path file, Pseudonymizer pseudonymizer, AuditOptions options)
      throws IOException {
    if (Files.isDirectory(file)) {
      throw new AuditLogException(
          "the audit log path "
              + file
              + " is a folder: set audit.log in the policy to a file in it, e.g. "
              + file.resolve("audit.jsonl"));
    }
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.createDirectories(mediaDirectoryOf(file));
    return new AuditLog(file.toAbsolutePath(), pseudonymizer, options);
  }

  /**
   * Opens the audit log the department policy configures: its file, its pseudonym secret, its
   * checkpoint signing key if set, and the ATNA export if set. Fails (so sharing must not proceed)
   * if any of them cannot be read.
   */
  public static AuditLog open(DepartmentPolicy.AuditSettings settings) throws IOException {
    AuditOptions options =
        AuditOptions.defaults()
            .withRotation(
                new AuditOptions.Rotation(
                    settings.rotate().maxBytes(), settings.rotate().monthly()));
    if (settings.checkpointKey().isPresent()) {
      PrivateKey key = CheckpointKeys.readPrivateKey(settings.checkpointKey().get());
      options = options.withCheckpointKey(key, CheckpointKeys.publicKeyOf(key));
    }
    if (settings.atna().isPresent()) {
      options = options.withListener(AtnaExporter.fromPolicy(settings.atna().get()));
    }
    return open(settings.log(), Pseudonymizer.fromKeyFile(settings.secretFile()), options);
  }

  /** Where copies of posted files are kept: {@code media/} next to the log. */
  public static Path mediaDirectoryOf(Path logFile) {
    return logFile.toAbsolutePath().getParent().resolve("media");
  }

  /** The department pseudonymizer, to build {@link ShareIntent#subject()} from header values. */
  public Pseudonymizer pseudonymizer() {
    return pseudonymizer;
  }

  public Path file() {
    return file;
  }

  public Path mediaDirectory() {
    return mediaDirectory;
  }

  /**
   * Stores the media, then appends the intent record and forces it to disk. Only after this returns
   * may the share be sent.
   */
  public IntentId recordIntent(ShareIntent intent) throws IOException {
    List<MediaRef> media = new ArrayList<>();
    for (PostedMedia m : intent.media()) {
      media.add(storeMedia(m));
    }
    IntentId id = IntentId.random();
    ChainAppender.Appended written =
        appender.append(
            RecordType.INTENT, record -> RecordCodec.putIntent(record, id, intent, media));
    inFlight.put(
        id,
        new ShareEntry(
            id.value(),
            written.seq(),
            written.at(),
            intent.actor(),
            intent.platform(),
            intent.account(),
            intent.verdict().name(),
            intent.findingKinds(),
            intent.overrides(),
            media,
            intent.subject().studyRef(),
            intent.subject().patientRef(),
            Optional.empty(),
            Optional.empty(),
            intent.post(),
            intent.policyVersion(),
            intent.reasons(),
            Optional.empty()));
    return id;
  }

  /**
   * Records an attempt that stopped before anything was sent: blocked by its findings or refused by
   * a gate. Its media are not kept (they never left and may still show what was found); its words
   * are kept as screened.
   */
  public IntentId recordRefusal(ShareIntent intent, Refusal refusal) throws IOException {
    IntentId id = IntentId.random();
    appender.append(
        RecordType.REFUSAL, record -> RecordCodec.putRefusal(record, id, intent, refusal));
    return id;
  }

  /** Appends the result of a share whose intent was recorded, then tells the listeners. */
  public void recordResult(IntentId id, ShareOutcome outcome) throws IOException {
    ChainAppender.Appended written =
        appender.append(RecordType.RESULT, record -> RecordCodec.putResult(record, id, outcome));
    ShareEntry entry = inFlight.remove(id);
    if (entry == null) {
      return; // intent recorded by another process: listeners see shares of this writer only
    }
    ShareEntry done = entry.withOutcome(outcome, written.at());
    for (ShareListener listener : options.listeners()) {
      try {
        listener.shareCompleted(done);
      } catch (Exception e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "audit listener failed for intent " + id + ": " + e.getClass().getSimpleName());
      }
    }
  }

  private MediaRef storeMedia(PostedMedia media) throws IOException {
    MediaRef ref = new MediaRef(media.sha256(), media.mediaType(), media.content().length);
    Path target = mediaDirectory.resolve(ref.fileName());
    if (!Files.exists(target)) {
      Path temp = Files.createTempFile(mediaDirectory, ".incoming-", ".tmp");
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(media.content()));
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return ref;
  }

  @Override
  public void close() throws IOException {
    appender.close();
  }
}
