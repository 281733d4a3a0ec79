// Checks web pages made by `publish --emit html` in a real browser, as tests/suite/web.rs asks:
//
//   node tests/web/check.mjs SPEC.json
//
// SPEC: { "pages": [{ "file": "/abs/x.fr.html", "expect": ["every paragraph", "every name", ...],
//                      "fonts": ["css selector", ...] (optional: prints the faces its text is drawn in),
//                      "pdf": "/abs/x.pdf" (optional: the page printed there, on the paper it asks for) }],
//         "widths": [375, 1280], "screenshots": "/abs/dir" (optional),
//         "fontDirs": ["/abs/dir"] (optional: fonts the browser sees besides the system's) }
//
// For each page and width, in Debian's Chromium (headless, through puppeteer-core, which
// downloads no browser): the page is no wider than the screen (document.documentElement
// .scrollWidth <= innerWidth); its innerText holds every expected text (white space, no-break
// spaces included, compared as one space); axe-core finds no accessibility violation, in light
// and in dark colours; on a dark page a logo sits on a light plate. Each file is also checked by html-validate (recommended rules, but
// long-title). With
// "screenshots", each page at each width is saved as <name>.<width>.png there.
// Prints what failed and exits 1 if anything did.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";
import { HtmlValidate } from "html-validate";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const widths = spec.widths ?? [375, 1280];
const failures = [];
const fail = (page, what) => failures.push(`${path.basename(page)}: ${what}`);
// Compared without case too: the kicker is set in capitals by the style sheet (text-transform).
const squash = (s) => s.replace(/[\s\u00a0\u202f\u2007]+/g, " ").trim().toLowerCase();

// The markup first: no browser needed.
// One rule off: long-title (at most 70 characters, a search-engine habit). The page's title is
// the statement's title, which publish never shortens.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });
for (const page of spec.pages) {
  const report = await validator.validateFile(page.file);
  for (const result of report.results) {
    for (const m of result.messages) {
      fail(page.file, `html-validate ${m.ruleId} at ${m.line}:${m.column}: ${m.message}`);
    }
  }
}

const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "publish-chromium-"));
// With "fontDirs", the browser sees those fonts besides the system's (a reader who has them
// installed), through a fontconfig file of its own.
const env = { ...process.env };
if (spec.fontDirs) {
  const conf = path.join(profile, "fonts.conf");
  const dirs = spec.fontDirs.map((d) => `<dir>${d}</dir>`).join("");
  fs.writeFileSync(
    conf,
    `<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${dirs}<cachedir>${path.join(profile, "fc-cache")}</cachedir></fontconfig>`,
  );
  env.FONTCONFIG_FILE = conf;
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  env,
  userDataDir: profile,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--font-render-hinting=none",
  ],
});
try {
  for (const page of spec.pages) {
    const tab = await browser.newPage();
    // No request leaves the page: it is self-contained, and anything else is a failure.
    await tab.setRequestInterception(true);
    tab.on("request", (r) => {
      if (r.url().startsWith("file:") || r.url().startsWith("data:")) {
        r.continue();
      } else {
        fail(page.file, `the page asked for ${r.url()}`);
        r.abort();
      }
    });
    tab.on("pageerror", (e) => fail(page.file, `script error: ${e.message}`));
    for (const width of widths) {
      await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      await tab.goto("file://" + page.file, { waitUntil: "load" });
      const seen = await tab.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        text: document.body.innerText,
        scripts: document.scripts.length,
      }));
      if (seen.scrollWidth > seen.innerWidth) {
        fail(page.file, `at ${width} px the page is ${seen.scrollWidth} px wide: it scrolls sideways`);
      }
      if (seen.scripts > 0) {
        fail(page.file, `the page holds ${seen.scripts} script elements`);
      }
      const text = squash(seen.text);
      for (const expected of page.expect) {
        if (!text.includes(squash(expected))) {
          fail(page.file, `at ${width} px the page's text lacks ${JSON.stringify(expected)}`);
        }
      }
      // The faces the browser draws a node's text in (the fonts a page names, as this machine
      // resolves them), printed for the test to compare across languages.
      if (width === widths[0]) {
        for (const selector of page.fonts ?? []) {
          const cdp = await tab.target().createCDPSession();
          await cdp.send("DOM.enable");
          await cdp.send("CSS.enable");
          const { root } = await cdp.send("DOM.getDocument");
          const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
          if (!nodeId) {
            fail(page.file, `no element ${selector}`);
          } else {
            const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
            console.log(`FONT ${path.basename(page.file)} ${selector} => ${fonts.map((f) => f.familyName).join(", ")}`);
          }
          await cdp.detach();
        }
      }
      // Printed as the reader's browser prints it, on the paper the page asks for.
      if (page.pdf && width === widths[0]) {
        await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
        await tab.pdf({ path: page.pdf, preferCSSPageSize: true, printBackground: false });
      }
      if (spec.screenshots) {
        const name = path.basename(page.file, ".html");
        await tab.screenshot({ path: path.join(spec.screenshots, `${name}.${width}.png`) });
      }
      for (const scheme of ["light", "dark"]) {
        await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        // A logo is drawn for white paper: on a dark page it sits on a light plate.
        if (scheme === "dark") {
          const plate = await tab.evaluate(() => {
            const logo = document.querySelector(".logo");
            return logo ? getComputedStyle(logo).backgroundColor : null;
          });
          if (plate !== null && plate !== "rgb(255, 255, 255)") {
            fail(page.file, `at ${width} px, dark, the logo has no light plate (background ${plate})`);
          }
        }
        await tab.evaluate(axeSource);
        const result = await tab.evaluate(() =>
          window.axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
          }),
        );
        for (const v of result.violations) {
          const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
          fail(page.file, `axe (${scheme}, ${width} px) ${v.id}: ${v.help} (${where})`);
        }
      }
    }
    await tab.close();
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

const checks = spec.pages.length * widths.length;
if (failures.length > 0) {
  console.log(failures.join("\n"));
  console.log(`${failures.length} failures in ${spec.pages.length} pages`);
  process.exit(1);
}
console.log(`${spec.pages.length} pages, ${checks} page widths: no overflow, every text present, no axe violation, valid HTML`);
