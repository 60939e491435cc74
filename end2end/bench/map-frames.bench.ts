import { test, expect, Page } from "@playwright/test";

// Frame times while the map pans and zooms, from requestAnimationFrame timestamps in the
// page (the browser's own frame clock). Prints median and 95th-percentile frame time and
// the frames per second they mean, for a drag across the map and for wheel zooming in and out.

async function recordFrames(page: Page, gesture: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording_: number };
    // A new generation stops the previous recording's loop for good.
    const generation = (w.recording_ ?? 0) + 1;
    w.frames_ = [];
    w.recording_ = generation;
    const tick = (t: number) => {
      if (w.recording_ !== generation) return;
      w.frames_.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording_: number };
    w.recording_ = -1;
    const f = w.frames_;
    return f.slice(1).map((t, i) => t - f[i]);
  });
}

function report(name: string, deltas: number[]) {
  const sorted = [...deltas].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  console.log(`${name}: ${deltas.length} frames, median ${median.toFixed(1)} ms (${(1000 / median).toFixed(0)} fps), p95 ${p95.toFixed(1)} ms (${(1000 / p95).toFixed(0)} fps)`);
}

for (const path of ["/map", "/map?kind=sme"]) {
  test(`map frames: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
    const svg = page.getByTestId("map-svg");
    const box = (await svg.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);

    const drag = await recordFrames(page, async () => {
      await page.mouse.down();
      for (let i = 0; i < 120; i++) await page.mouse.move(cx + Math.sin(i / 10) * 200, cy + Math.cos(i / 10) * 120);
      await page.mouse.up();
    });
    report(`${path} drag`, drag);

    const wheel = await recordFrames(page, async () => {
      for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -60);
      for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 60);
    });
    report(`${path} wheel zoom`, wheel);
    console.log(`${path}: ${await page.getByTestId("marker").count()} markers at the end`);
  });
}
