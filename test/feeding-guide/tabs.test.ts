import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BackcareFeedingGuide } from '../../src/feeding-guide/feeding-guide.js';
import { captureWarnings, shadowText, unique } from '../support/helpers.js';
import { $, guide, panel, recordEvents, shown, tab, tabs, text } from './support.js';

// The holds as tabs: the WAI-ARIA pattern, the keyboard, clicks, and the position attribute.

describe('<backcare-feeding-guide>', () => {
  describe('tabs', () => {
    it('follows the WAI-ARIA tabs pattern', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const tablist = $(el, '[role="tablist"]')!;
      expect(tablist.getAttribute('aria-label')).to.equal('Holds');
      expect(tabs(el).map(text)).to.deep.equal(['Football hold', 'Cradle hold', 'Side-lying hold']);
      for (const t of tabs(el)) {
        expect(t.parentElement).to.equal(tablist);
        expect(t.localName).to.equal('button');
        const controlled = $(el, `#${t.getAttribute('aria-controls')!}`)!;
        expect(controlled.getAttribute('role')).to.equal('tabpanel');
        expect(controlled.getAttribute('aria-labelledby')).to.equal(t.id);
        expect(controlled.getAttribute('tabindex')).to.equal('0');
        expect(t.offsetHeight, 'touch target').to.be.at.least(44);
      }
      expect(shown(el)).to.equal('football');
      expect(panel(el, 'cradle').hidden).to.equal(true);
    });

    it('moves with the arrow keys, wrapping, and with Home and End', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const events = recordEvents(el);
      tab(el, 'football').focus();
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
        const id = shown(el);
        expect(el.shadowRoot!.activeElement, `focus after ${key}`).to.equal(tab(el, id));
        return id;
      };
      expect(await press('ArrowRight')).to.equal('cradle');
      expect(await press('ArrowRight')).to.equal('side-lying');
      expect(await press('ArrowRight')).to.equal('football');
      expect(await press('ArrowLeft')).to.equal('side-lying');
      expect(await press('ArrowLeft')).to.equal('cradle');
      expect(await press('Home')).to.equal('football');
      expect(await press('End')).to.equal('side-lying');
      expect(events.map((e) => e.detail.position)).to.deep.equal([
        'cradle',
        'side-lying',
        'football',
        'side-lying',
        'cradle',
        'football',
        'side-lying',
      ]);
    });

    it('ignores other keys and keys that do not change the hold', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const events = recordEvents(el);
      tab(el, 'football').focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'a' });
      await el.updateComplete;
      expect(shown(el)).to.equal('football');
      expect(events).to.have.length(0);
    });

    it('follows the reading direction in right-to-left text', async () => {
      const el = await guide(html`<backcare-feeding-guide dir="rtl"></backcare-feeding-guide>`);
      tab(el, 'football').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shown(el)).to.equal('cradle');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shown(el)).to.equal('side-lying');
    });

    it('selects a hold on click and tells the page', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const events = recordEvents(document);
      tab(el, 'side-lying').click();
      await el.updateComplete;
      expect(shown(el)).to.equal('side-lying');
      expect(el.shadowRoot!.activeElement).to.equal(tab(el, 'side-lying'));
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ position: 'side-lying' });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(el.position).to.equal('side-lying');

      tab(el, 'side-lying').click();
      await el.updateComplete;
      expect(events, 'no event for the hold already shown').to.have.length(1);
    });
  });

  describe('position', () => {
    it('shows football first by default', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      expect(shown(el)).to.equal('football');
    });

    it('accepts a value in any case and with spaces around it', async () => {
      const el = await guide(
        html`<backcare-feeding-guide position="  Cradle "></backcare-feeding-guide>`,
      );
      expect(shown(el)).to.equal('cradle');
    });

    it('selects the new hold when the attribute changes, without an event', async () => {
      const events = recordEvents(document);
      const el = await guide(
        html`<backcare-feeding-guide position="cradle"></backcare-feeding-guide>`,
      );
      el.setAttribute('position', 'side-lying');
      await el.updateComplete;
      expect(shown(el)).to.equal('side-lying');
      tab(el, 'football').click();
      await el.updateComplete;
      el.setAttribute('position', 'side-lying');
      await el.updateComplete;
      expect(shown(el), 'the attribute wins over an earlier pick').to.equal('side-lying');
      expect(events.map((e) => e.detail.position)).to.deep.equal(['football']);
    });

    it('falls back to football with one warning naming the valid values', async () => {
      const bad = unique('sideways');
      let el!: BackcareFeedingGuide;
      const warnings = await captureWarnings(async () => {
        el = await guide(html`<backcare-feeding-guide position=${bad}></backcare-feeding-guide>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(shown(el)).to.equal('football');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`position="${bad}"`);
      expect(warnings[0]).to.contain('football, cradle, side-lying');
      // The guide reads as normal; the reader needs no note about the host's typo.
      expect($(el, '[role="status"]')).to.equal(null);
      expect(shadowText(el)).not.to.contain(bad);
    });
  });
});
