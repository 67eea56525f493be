package org.radshare.plugin.review;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.pixel.Box;

/**
 * Reviews a clip before it is shared: plays it at its frame rate, a scrubber shows any frame with
 * the redaction mask of that frame outlined, and a box dragged on the frame can be added to the
 * mask for every frame or for a range of frames. Mask changes go to the listener, which re-checks
 * the clip ({@code ClipService.recheck}) and shows the result again.
 */
public final class ClipReviewPanel extends JPanel {
  private final FrameSet frames;
  private final Consumer<ClipMask> onMaskChanged;
  private final JSlider scrubber;
  private final Timer player;
  private final JToggleButton play = new JToggleButton("Play");
  private final JSpinner first;
  private final JSpinner last;
  private final FrameView view;
  private ClipMask mask;
  private Box pending;

  public ClipReviewPanel(FrameSet frames, ClipMask mask, Consumer<ClipMask> onMaskChanged) {
    super(new BorderLayout());
    this.frames = frames;
    this.mask = mask;
    this.onMaskChanged = onMaskChanged;
    this.view = new FrameView();
    int lastFrame = frames.size() - 1;
    scrubber = new JSlider(0, lastFrame, 0);
    scrubber.addChangeListener(e -> view.repaint());
    player = new Timer(frames.frameMillis(), e -> advance());
    play.addActionListener(e -> setPlaying(play.isSelected()));
    first = new JSpinner(new SpinnerNumberModel(0, 0, lastFrame, 1));
    last = new JSpinner(new SpinnerNumberModel(lastFrame, 0, lastFrame, 1));
    JButton everyFrame = new JButton("Black out on all frames");
    everyFrame.addActionListener(e -> addPendingToAllFrames());
    JButton range = new JButton("Black out on frames");
    range.addActionListener(
        e -> addPendingToRange((Integer) first.getValue(), (Integer) last.getValue()));
    JPanel controls = new JPanel();
    controls.add(play);
    controls.add(scrubber);
    controls.add(everyFrame);
    controls.add(range);
    controls.add(first);
    controls.add(last);
    add(view, BorderLayout.CENTER);
    add(controls, BorderLayout.SOUTH);
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

  /** The box being drawn, in frame pixels (a drag on the frame sets it). */
  public void setPendingBox(Box box) {
    pending = box;
    view.repaint();
  }

  public void addPendingToAllFrames() {
    if (pending != null) {
      changeMask(mask.plus(java.util.List.of(pending)));
    }
  }

  public void addPendingToRange(int firstFrame, int lastFrame) {
    if (pending != null) {
      changeMask(
          mask.plusRange(
              pending, Math.min(firstFrame, lastFrame), Math.max(firstFrame, lastFrame)));
    }
  }

  private void changeMask(ClipMask changed) {
    mask = changed;
    pending = null;
    view.repaint();
    onMaskChanged.accept(changed);
  }

  /** The current frame scaled to fit, the mask outlined in red, the pending box in yellow. */
  private final class FrameView extends JComponent {
    private int dragX;
    private int dragY;

    FrameView() {
      setPreferredSize(new Dimension(frames.width(), frames.height()));
      MouseAdapter drag =
          new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
              dragX = toFrame(e.getX());
              dragY = toFrame(e.getY());
            }

            @Override
            public void mouseDragged(MouseEvent e) {
              int x = toFrame(e.getX());
              int y = toFrame(e.getY());
              setPendingBox(
                  new Box(
                      Math.min(x, dragX),
                      Math.min(y, dragY),
                      Math.abs(x - dragX),
                      Math.abs(y - dragY)));
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

    @Override
    protected void paintComponent(Graphics g) {
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        double s = scale();
        g2.scale(s, s);
        g2.drawImage(frames.frame(currentFrame()), 0, 0, null);
        g2.setStroke(new BasicStroke((float) (2 / s)));
        g2.setColor(Color.RED);
        for (Box b : mask.boxesFor(currentFrame())) {
          g2.drawRect(b.x(), b.y(), b.width(), b.height());
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
