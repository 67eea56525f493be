/**
 * The state of the share review, without any user interface: which detected regions will be
 * redacted, the radiologist's own boxes and crop, the caption with its live findings, the per-
 * platform text budget, and the rules that decide whether Post is allowed. The Weasis dialog only
 * renders a {@link org.radshare.core.review.ReviewModel}; all of its decisions are tested here.
 */
package org.radshare.core.review;
