/**
 * Posting to social platforms. Entry points: {@link org.radshare.core.connect.Connector#publish}
 * with a {@link org.radshare.core.connect.PostDraft}; {@code connect.outbox.OutboxConnector} for
 * the local outbox (the demo default); {@code connect.accounts.Accounts#open} for a signed-in
 * platform account and {@code connect.accounts.SignIn} to sign in; {@code
 * connect.compose.PostComposer#preview} for what each platform will show before posting; {@link
 * org.radshare.core.connect.ClipSupport} (from {@code PlatformLimits#clips()}) for which clips
 * (MP4, GIF) each platform takes. Subpackages: compose (text counting, image fitting), http
 * (timeouts, retries), oauth (PKCE sign-in), token (encrypted sign-in store), config (department
 * settings) and one per platform.
 */
package org.radshare.core.connect;
