import type { EncodedSample, EncodeSample, EncoderConfig } from './page/page-api';
import { launchChromiumOnOneCore } from './one-core-chromium';
import { pageScript } from './page-scripts';

/** The encoder page, from Node: pictures in, encoded samples out, in order. */
export interface EncoderPage {
  encode(png: string, samples: readonly EncodeSample[]): Promise<EncodedSample[]>;
  finish(): Promise<EncodedSample[]>;
  close(): Promise<void>;
}

/**
 * Opens the encoder (page/video-encoder.ts) in a Chromium of its own, kept to one CPU so
 * that its output is the same every time (see one-core-chromium.ts), while the show is
 * drawn in the other Chromium on the other cores. The page is at a loopback address
 * (WebCodecs needs a secure context, and 127.0.0.1 is one), answered by Playwright itself,
 * never fetched: nothing leaves the browser. Throws, in one line, if this Chromium cannot
 * encode the video asked for.
 */
export async function openEncoderPage(config: EncoderConfig): Promise<EncoderPage> {
  const browser = await launchChromiumOnOneCore();
  try {
    const page = await browser.newPage();
    const address = 'http://127.0.0.1/yeondae-export-encoder';
    const script = await pageScript('videoEncoder');
    await page.route(address, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><title>Yeondae export encoder</title><script>${script}</script>` }));
    await page.goto(address);
    const problem = await page.evaluate((wanted) => window.yeondaeEncoder?.configure(wanted) ?? 'the encoder page did not start', config);
    if (problem !== undefined) throw new Error(problem);
    return {
      encode: (png, samples) =>
        page.evaluate(([picture, wanted]) => {
          if (window.yeondaeEncoder === undefined) throw new Error('the encoder page lost its encoder');
          return window.yeondaeEncoder.encode(picture, wanted);
        }, [png, samples] as const),
      finish: () =>
        page.evaluate(() => {
          if (window.yeondaeEncoder === undefined) throw new Error('the encoder page lost its encoder');
          return window.yeondaeEncoder.finish();
        }),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
