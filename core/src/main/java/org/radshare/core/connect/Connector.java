/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.util.ArrayList;
import java.util.List;
import org.radshare.core.connect.compose.PostComposer;

/**
 * One platform RadShare can post to. Implementations do the platform's HTTP calls; the {@link
 * #publish} template gives every platform the same guarantees: a pre-flight check that the post
 * fits, all media uploaded before the post is created, and on a failure after uploads the uploaded
 * media removed, so a post is never half-made and never duplicated (the draft's idempotency key
 * makes a retried create safe where the platform supports it).
 *
 * <p>Errors are {@link ConnectorException}s whose message is one sentence the user can act on.
 */
public interface Connector {

  /** The platform this connector posts to. */
  Platform platform();

  /** What one post may contain; may ask the platform (Mastodon reads the instance's limits). */
  PlatformLimits limits() throws ConnectorException;

  /**
   * Makes sure there is a usable sign-in, refreshing it if it expires soon.
   *
   * @throws ConnectorException of kind AUTH when the user must sign in (again)
   */
  void ensureAuthorised() throws ConnectorException;

  /**
   * Uploads one image or clip with its alt text (waiting while the platform processes it); the
   * result is not visible until attached to a post. A clip the platform does not take is refused
   * before anything is sent.
   */
  MediaRef uploadMedia(MediaItem item) throws ConnectorException;

  /** Creates the post with the draft's text and the uploaded media, in order. */
  PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException;

  /** Deletes a post made by this connector (the undo of {@link #publish}). */
  void delete(PostResult post) throws ConnectorException;

  /**
   * Removes uploaded media that no post uses. The default does nothing, for platforms where
   * unattached media simply expires (X, Bluesky blobs, LinkedIn images).
   */
  default void discardMedia(MediaRef media) throws ConnectorException {}

  /**
   * Checks the draft against {@link #limits()} and returns the draft to send, with images
   * re-encoded where the platform caps their size.
   *
   * @throws ConnectorException of kind TOO_LARGE or REJECTED, before anything is sent
   */
  default PostDraft prepare(PostDraft draft) throws ConnectorException {
    return PostComposer.prepare(draft, limits());
  }

  /**
   * Publishes a draft: checks it, uploads every image (or the one clip), creates the post. The
   * check comes first, so a draft the platform would refuse is stopped before any sign-in refresh
   * or upload (Mastodon's only call before it is the read of the instance's limits). If anything
   * fails after media were uploaded, the uploaded media are discarded (failures of that clean-up
   * are attached as suppressed exceptions) and the original error is thrown — unless the post's
   * creation got no clear answer, when the media may belong to a live post and are kept.
   */
  default PostResult publish(PostDraft draft) throws ConnectorException {
    PostDraft ready = prepare(draft);
    ensureAuthorised();
    List<MediaRef> uploaded = new ArrayList<>();
    try {
      for (MediaItem item : ready.images()) {
        uploaded.add(uploadMedia(item));
      }
      return createPost(ready, List.copyOf(uploaded));
    } catch (ConnectorException | RuntimeException e) {
      if (e instanceof ConnectorException ce && ce.mayHavePosted()) {
        throw e; // the media may belong to a post that exists: deleting them would damage it
      }
      for (MediaRef ref : uploaded) {
        try {
          discardMedia(ref);
        } catch (ConnectorException | RuntimeException cleanup) {
          e.addSuppressed(cleanup);
        }
      }
      throw e;
    }
  }
}
