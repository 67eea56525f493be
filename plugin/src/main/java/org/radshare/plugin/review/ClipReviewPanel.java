/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.pixel.Box;
import org.radshare.plugin.Messages;

/**
 * Reviews a clip before it is shared: plays it at its frame rate, a scrubber shows any frame with
 * the redaction mask of that frame outlined (or the frame exactly as it will be posted), and a box
 * dragged on the frame can be added to the mask for every frame or for a range of frames. Mask
 * changes go to the listener, which re-checks the clip ({@code ClipService.recheck}) and shows the
 * result again.
 */
public final class ClipReviewPanel extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient FrameSet frames;
  private final transient Consumer<ClipMask> onMaskChanged;
  private final JSlider scrubber;
  private final Timer player;
  private final JToggleButton play = new JToggleButton(Messages.getString("clip.play"));
  private final JToggleButton asPosted = new JToggleButton(Messages.getString("clip.asPosted"));
  private final JLabel position = new JLabel();
  private final JSpinner first;
  private final JSpinner last;
  private final JButton everyFrame = new JButton(Messages.getString("clip.boxAllFrames"));
  private final JButton range = new JButton(Messages.getString("clip.boxRange"));
  private final FrameView view;
  private final javax.swing.JComboBox<OwnBox> ownBoxes = new javax.swing.JComboBox<>();
  private final JButton remove = ReviewKeys.text(new JButton(), "clip.box.remove");
  private final JButton replace = ReviewKeys.text(new JButton(), "clip.box.replace");
  private final transient java.util.List<OwnBox> own = new java.util.ArrayList<>();
  private transient ClipMask mask;
  private transient FrameSet posted;
  private transient Box pending;

  public ClipReviewPanel(FrameSet frames, ClipMask mask, Consumer<ClipMask> onMaskChanged) {
    super(new BorderLayout());
    this.frames = frames;
    this.mask = mask;
    this.onMaskChanged = onMaskChanged;
    this.view = new FrameView();
    int count = frames.size();
    scrubber = new JSlider(0, count - 1, 0);
    scrubber.addChangeListener(e -> frameShown());
    player = new Timer(frames.frameMillis(), e -> advance());
    play.addActionListener(e -> setPlaying(play.isSelected()));
    asPosted.addActionListener(e -> view.repaint());
    asPosted.setEnabled(false);
    asPosted.setToolTipText(Messages.getString("clip.asPosted.tooltip"));
    // The spinners count frames from 1, as the viewer does; the API is 0-based.
    first = new JSpinner(new SpinnerNumberModel(1, 1, count, 1));
    last = new JSpinner(new SpinnerNumberModel(count, 1, count, 1));
    everyFrame.addActionListener(e -> addPendingToAllFrames());
    range.addActionListener(
        e -> addPendingToRange((Integer) first.getValue() - 1, (Integer) last.getValue() - 1));
    ownBoxes.setName("radshare.clip.ownBoxes");
    ownBoxes.getAccessibleContext().setAccessibleName(Messages.getString("clip.box.own"));
    remove.setName("radshare.clip.box.remove");
    replace.setName("radshare.clip.box.replace");
    remove.addActionListener(e -> removeOwn(ownBoxes.getSelectedIndex(), null));
    replace.addActionListener(e -> removeOwn(ownBoxes.getSelectedIndex(), pending));
    name();
    JPanel controls = new JPanel(new MigLayout("insets 4 0 0 0, wrap 1", "[grow,fill]"));
    JPanel playback = new JPanel(new MigLayout("insets 0", "[][grow,fill][][]"));
    playback.add(play);
    playback.add(scrubber);
    playback.add(position);
    playback.add(asPosted);
    JPanel boxes = new JPanel(new MigLayout("insets 0", "[][][][][]"));
    boxes.add(new JLabel(Messages.getString("clip.boxHint")), "span, wrap");
    boxes.add(everyFrame);
    boxes.add(range);
    boxes.add(first, "w 60!");
    boxes.add(new JLabel(Messages.getString("clip.boxTo")));
    boxes.add(last, "w 60!, wrap");
    boxes.add(ownBoxes, "span 3, growx, wmin 0");
    boxes.add(remove);
    boxes.add(replace);
    controls.add(playback);
    controls.add(boxes);
    add(view, BorderLayout.CENTER);
    add(controls, BorderLayout.SOUTH);
    frameShown();
    setPendingBox(null);
  }

  private void name() {
    scrubber.setName("radshare.clip.scrubber");
    play.setName("radshare.clip.play");
    asPosted.setName("radshare.clip.asPosted");
    position.setName("radshare.clip.position");
    first.setName("radshare.clip.first");
    last.setName("radshare.clip.last");
    everyFrame.setName("radshare.clip.boxAllFrames");
    range.setName("radshare.clip.boxRange");
    view.setName("radshare.clip.frame");
  }

  /** The frame on screen (0-based). */
  public int currentFrame() {
    return scrubber.getValue();
  }

  public void showFrame(int index) {
    scrubber.setValue(index);
  }

  public boolean playing() {
    return player.isRunning();
  }

  /** Starts or stops playback (looping), as the Play button does. */
  public void setPlaying(boolean on) {
    play.setSelected(on);
    if (on) {
      player.start();
    } else {
      player.stop();
    }
  }

  /** Moves to the next frame, wrapping to the first: one tick of playback. */
  void advance() {
    scrubber.setValue(currentFrame() == frames.size() - 1 ? 0 : currentFrame() + 1);
  }

  public ClipMask mask() {
    return mask;
  }

  /** Shows the mask the checks settled on (without reporting it back as a change). */
  public void setMask(ClipMask checked) {
    mask = checked;
    view.repaint();
  }

  /**
   * The frames exactly as they will be posted (masked), or null while they are being checked; the
   * "As posted" toggle shows them.
   */
  public void setPostedFrames(FrameSet redacted) {
    posted = redacted;
    asPosted.setEnabled(redacted != null);
    if (redacted == null) {
      asPosted.setSelected(false);
    }
    view.repaint();
  }

  /** The box being drawn, in frame pixels (a drag on the frame sets it). */
  public void setPendingBox(Box box) {
    pending = box;
    boolean ready = box != null && box.area() > 0 && isEnabled();
    everyFrame.setEnabled(ready);
    range.setEnabled(ready);
    replace.setEnabled(ready && !own.isEmpty());
    remove.setEnabled(isEnabled() && !own.isEmpty());
    view.repaint();
  }

  public void addPendingToAllFrames() {
    if (pending != null) {
      own.add(new OwnBox(pending, -1, -1));
      changeMask(mask.plus(List.of(pending)));
    }
  }

  public void addPendingToRange(int firstFrame, int lastFrame) {
    if (pending != null) {
      int a = Math.min(firstFrame, lastFrame);
      int b = Math.max(firstFrame, lastFrame);
      own.add(new OwnBox(pending, a, b));
      changeMask(mask.plusRange(pending, a, b));
    }
  }

  /**
   * Removes box {@code index} of the radiologist's own (the checks' boxes stay), or replaces it
   * with {@code by} on the same frames (a smaller box, to shrink it); the clip is then checked
   * again.
   */
  public void removeOwn(int index, Box by) {
    if (index < 0 || index >= own.size()) {
      return;
    }
    OwnBox gone = own.remove(index);
    List<Box> every = new java.util.ArrayList<>(mask.everyFrame());
    List<ClipMask.RangedBox> ranged = new java.util.ArrayList<>(mask.ranged());
    if (gone.first() < 0) {
      every.remove(gone.box());
    } else {
      ranged.remove(new ClipMask.RangedBox(gone.box(), gone.first(), gone.last()));
    }
    ClipMask changed = new ClipMask(every, ranged, mask.detected());
    if (by != null && by.area() > 0) {
      own.add(index, new OwnBox(by, gone.first(), gone.last()));
      changed =
          gone.first() < 0
              ? changed.plus(List.of(by))
              : changed.plusRange(by, gone.first(), gone.last());
    }
    changeMask(changed);
  }

  /** The radiologist's own boxes, in the order drawn. */
  public List<Box> ownBoxes() {
    return own.stream().map(OwnBox::box).toList();
  }

  /** A box the radiologist drew: on every frame (first &lt; 0) or on frames first–last. */
  private record OwnBox(Box box, int first, int last) {
    @Override
    public String toString() {
      String where =
          first < 0
              ? Messages.getString("clip.box.allFrames")
              : Messages.format("clip.box.frames", first + 1, last + 1);
      return Messages.format("clip.box.entry", box.x(), box.y(), box.width(), box.height(), where);
    }
  }

  /** The on-screen point (in the frame view) showing frame pixel (x, y). */
  public Point toView(int x, int y) {
    double s = view.scale();
    return new Point((int) Math.round(x * s), (int) Math.round(y * s));
  }

  /** The component the frame is painted in (for drags and screen positions). */
  public JComponent frameView() {
    return view;
  }

  @Override
  public void setEnabled(boolean on) {
    super.setEnabled(on);
    view.setEnabled(on);
    first.setEnabled(on);
    last.setEnabled(on);
    setPendingBox(pending);
  }

  private void changeMask(ClipMask changed) {
    mask = changed;
    ownBoxes.setModel(new javax.swing.DefaultComboBoxModel<>(own.toArray(new OwnBox[0])));
    setPendingBox(null);
    onMaskChanged.accept(changed);
  }

  private void frameShown() {
    position.setText(Messages.format("clip.position", currentFrame() + 1, frames.size()));
    view.repaint();
  }

  /** The current frame scaled to fit, the mask outlined in red, the pending box in yellow. */
  private final class FrameView extends JComponent {

    private static final long serialVersionUID = 1L;

    private int dragX;
    private int dragY;

    FrameView() {
      setPreferredSize(
          new Dimension(Math.max(320, frames.width()), Math.max(240, frames.height())));
      MouseAdapter drag =
          new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
              dragX = toFrame(e.getX());
              dragY = toFrame(e.getY());
            }

            @Override
            public void mouseDragged(MouseEvent e) {
              if (!isEnabled()) {
                return;
              }
              int x = clamp(toFrame(e.getX()), frames.width());
              int y = clamp(toFrame(e.getY()), frames.height());
              int x0 = clamp(dragX, frames.width());
              int y0 = clamp(dragY, frames.height());
              setPendingBox(
                  new Box(Math.min(x, x0), Math.min(y, y0), Math.abs(x - x0), Math.abs(y - y0)));
            }
          };
      addMouseListener(drag);
      addMouseMotionListener(drag);
    }

    private double scale() {
      return Math.min(
          (double) Math.max(1, getWidth()) / frames.width(),
          (double) Math.max(1, getHeight()) / frames.height());
    }

    private int toFrame(int screen) {
      return (int) Math.round(screen / scale());
    }

    private static int clamp(int v, int max) {
      return Math.max(0, Math.min(max, v));
    }

    @Override
    protected void paintComponent(Graphics g) {
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        g2.setColor(Color.DARK_GRAY);
        g2.fillRect(0, 0, getWidth(), getHeight());
        double s = scale();
        g2.scale(s, s);
        g2.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        boolean showPosted = asPosted.isSelected() && posted != null;
        BufferedImage frame = (showPosted ? posted : frames).frame(currentFrame());
        g2.drawImage(frame, 0, 0, null);
        g2.setStroke(new BasicStroke((float) (2 / s)));
        if (!showPosted) {
          g2.setColor(RegionCanvas.PHI);
          for (Box b : mask.boxesFor(currentFrame())) {
            g2.drawRect(b.x(), b.y(), b.width(), b.height());
          }
        }
        if (pending != null) {
          g2.setColor(Color.YELLOW);
          g2.drawRect(pending.x(), pending.y(), pending.width(), pending.height());
        }
      } finally {
        g2.dispose();
      }
    }
  }
}
