// The demo article sets a strict Content-Security-Policy (connect-src 'none'), as a careful
// publisher might. The widget must work under it, and the policy must really be in force.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, startServer, openPage, waitReady, widget } = require('./helpers');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { if (server) await server.stop(); if (browser) await browser.close(); });

test('the widget works under the demo page\'s strict CSP, and the CSP blocks network access', async () => {
  const { page, context, log } = await openPage(browser, server.origin + '/index.html');
  try {
    const violations = [];
    await page.exposeFunction('__cspViolation', (v) => violations.push(v));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(e.violatedDirective + ' ' + e.blockedURI)));
    await waitReady(page);
    const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(policy, /connect-src 'none'/);
    const report = await widget(page).report();
    assert.ok(report && report.questions.length >= 10 && report.questions.length <= 15, 'report under CSP');
    // A fetch of the page's own file is refused: nothing could leave, even by mistake.
    const outcome = await page.evaluate(() => fetch('/index.html').then(() => 'allowed', () => 'blocked'));
    assert.equal(outcome, 'blocked');
    assert.deepEqual(violations.filter((v) => !v.startsWith('connect-src')), [], 'the widget itself triggered no CSP violation');
    assert.deepEqual(log.errors.filter((e) => !/Content Security Policy|connect-src|Failed to fetch/i.test(e)), [], 'console errors');
    assert.deepEqual(log.foreign, [], 'requests outside the page');
  } finally {
    await context.close();
  }
});

test('without JavaScript the article still says what to ask a lawyer', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(server.origin + '/index.html');
    const text = await page.$eval('noscript', (n) => n.textContent);
    assert.match(text, /needs JavaScript/);
    assert.match(text, /not legal advice/);
  } finally {
    await context.close();
  }
});
