/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.connect.Platform;
import org.radshare.core.review.ReviewModel;
import org.radshare.plugin.Messages;
import org.radshare.plugin.review.PlatformAccess.Destination;

/**
 * Where to post: one row per platform the department allows (and only those), each with whether to
 * post there, the account it posts as or a Sign in button right there, and how many characters are
 * left as that platform counts them (red when over). A chosen platform that needs a sign-in keeps
 * Post disabled and says so, before Post is pressed.
 */
final class PlatformPreview extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient BiConsumer<Platform, Boolean> choose;
  private final transient Consumer<Platform> signIn;
  private final Map<Platform, JCheckBox> chosen = new EnumMap<>(Platform.class);
  private final Map<Platform, JLabel> remaining = new EnumMap<>(Platform.class);
  private final Map<Platform, JLabel> account = new EnumMap<>(Platform.class);
  private final Map<Platform, JButton> signInButtons = new EnumMap<>(Platform.class);
  private final Map<Platform, Destination> destinations = new EnumMap<>(Platform.class);
  private final JLabel message = new JLabel();

  /**
   * @param choose told when the radiologist ticks or unticks a platform
   * @param signIn asked to sign in to a platform (the window runs it off the event thread)
   */
  PlatformPreview(BiConsumer<Platform, Boolean> choose, Consumer<Platform> signIn) {
    super(new MigLayout("insets 0, wrap 4, hidemode 2", "[]6[grow,fill]6[]6[right]"));
    this.choose = choose;
    this.signIn = signIn;
    setName("radshare.review.platforms");
    message.setName("radshare.review.platforms.message");
    add(message, "span, wmin 0");
    message.setVisible(false);
  }

  /** Lists the allowed platforms; the {@code preselect} ones that need no sign-in are ticked. */
  void setDestinations(List<Destination> allowed, Set<Platform> preselect) {
    for (Destination d : allowed) {
      destinations.put(d.platform(), d);
      if (chosen.containsKey(d.platform())) {
        showAccount(d);
        continue;
      }
      Platform p = d.platform();
      JCheckBox box = new JCheckBox(p.displayName());
      box.setName("radshare.review.platform." + p.name());
      box.addActionListener(e -> choose.accept(p, box.isSelected()));
      JLabel who = new JLabel();
      who.setName("radshare.review.account." + p.name());
      JButton in = ReviewKeys.text(new JButton(), "review.platform.signIn");
      in.setMnemonic(0);
      in.setName("radshare.review.signIn." + p.name());
      in.getAccessibleContext().setAccessibleName(in.getText() + " " + p.displayName());
      in.addActionListener(e -> signIn.accept(p));
      JLabel left = new JLabel();
      left.setName("radshare.review.remaining." + p.name());
      chosen.put(p, box);
      account.put(p, who);
      signInButtons.put(p, in);
      remaining.put(p, left);
      add(box);
      add(who, "wmin 0");
      add(in);
      add(left);
      showAccount(d);
    }
    message.setVisible(allowed.isEmpty());
    message.setText(allowed.isEmpty() ? Messages.getString("review.platforms.none") : "");
    for (Destination d : allowed) {
      if (preselect.contains(d.platform()) && !d.needsSignIn()) {
        chosen.get(d.platform()).setSelected(true);
        choose.accept(d.platform(), true);
      }
    }
    revalidate();
  }

  /** The platforms could not be read: nothing is offered (the share cannot be posted). */
  void showFailure(String why) {
    message.setText(Messages.format("review.platforms.failed", why));
    message.setForeground(RegionCanvas.PHI);
    message.setVisible(true);
  }

  /** A sign-in finished: show the account, and tick the platform. */
  void signedIn(Destination d) {
    destinations.put(d.platform(), d);
    showAccount(d);
    if (!d.needsSignIn() && !chosen.get(d.platform()).isSelected()) {
      chosen.get(d.platform()).setSelected(true);
      choose.accept(d.platform(), true);
    }
  }

  /** The chosen platforms that still need a sign-in, in display order. */
  List<Platform> needingSignIn(Set<Platform> platforms) {
    List<Platform> out = new ArrayList<>();
    for (Destination d : destinations.values()) {
      if (platforms.contains(d.platform()) && d.needsSignIn()) {
        out.add(d.platform());
      }
    }
    return out;
  }

  /** Whether {@code p} is ticked. */
  boolean isChosen(Platform p) {
    JCheckBox box = chosen.get(p);
    return box != null && box.isSelected();
  }

  /** The platforms offered, in display order. */
  List<Platform> offered() {
    return List.copyOf(chosen.keySet());
  }

  void show(ReviewModel model) {
    for (Map.Entry<Platform, JCheckBox> e : chosen.entrySet()) {
      Platform p = e.getKey();
      e.getValue().setSelected(model.platforms().contains(p));
      int left = model.remaining(p);
      JLabel label = remaining.get(p);
      label.setText(Messages.format("review.remaining.short", left));
      label.setToolTipText(Messages.format("review.remaining", left, model.limit(p)));
      label.setForeground(left < 0 ? RegionCanvas.PHI : UIManager.getColor("Label.foreground"));
    }
  }

  @Override
  public void setEnabled(boolean on) {
    super.setEnabled(on);
    chosen.values().forEach(b -> b.setEnabled(on));
    signInButtons.values().forEach(b -> b.setEnabled(on));
  }

  private void showAccount(Destination d) {
    JLabel who = account.get(d.platform());
    if (d.platform() == Platform.OUTBOX) {
      who.setText(" ");
      who.setToolTipText(Messages.getString("review.platform.noAccount"));
    } else if (d.needsSignIn()) {
      who.setText(Messages.getString("review.platform.signedOut"));
    } else {
      who.setText(Messages.format("review.platform.signedIn", String.join(", ", d.accounts())));
    }
    who.setForeground(
        d.needsSignIn() ? RegionCanvas.UNKNOWN : UIManager.getColor("Label.foreground"));
    signInButtons.get(d.platform()).setVisible(d.needsSignIn());
  }
}
