import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../client/src/url-state.ts';

const empty: UrlState = { selection: null, lens: null, years: null, hidden: [] };

describe('url state', () => {
  it('encodes the empty state as no query string', () => {
    expect(encodeUrlState(empty)).toBe('');
    expect(decodeUrlState('')).toEqual(empty);
  });

  it('round-trips selection, lens and hidden labels', () => {
    const state: UrlState = {
      selection: 'task:guo-han-2020-123:13',
      lens: { parkId: 'park:haidian-park', subParks: false, parentZones: true },
      years: null,
      hidden: ['Measure', 'Agency'],
    };
    const search = encodeUrlState(state);
    expect(search).toBe('?node=task%3Aguo-han-2020-123%3A13&lens=park%3Ahaidian-park&sub=0&hide=Measure%2CAgency');
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('writes hidden labels in legend order so equal states give equal links', () => {
    const a = encodeUrlState({ ...empty, hidden: ['Agency', 'Document'] });
    const b = encodeUrlState({ ...empty, hidden: ['Document', 'Agency'] });
    expect(a).toBe(b);
  });

  it('defaults both lens toggles to on', () => {
    expect(decodeUrlState('?lens=park:x').lens).toEqual({ parkId: 'park:x', subParks: true, parentZones: true });
    expect(decodeUrlState('?lens=park:x&parent=0').lens).toEqual({ parkId: 'park:x', subParks: true, parentZones: false });
  });

  it('drops unknown labels, empty and oversized ids', () => {
    const state = decodeUrlState(`?node=%20&lens=${'x'.repeat(400)}&hide=Measure,Nope,,Park&utm=1`);
    expect(state).toEqual({ selection: null, lens: null, years: null, hidden: ['Measure', 'Park'] });
  });

  it('round-trips a year range, open at either end', () => {
    const both = { ...empty, years: { from: 2017, to: 2021 } };
    expect(encodeUrlState(both)).toBe('?from=2017&to=2021');
    expect(decodeUrlState(encodeUrlState(both))).toEqual(both);
    const open = { ...empty, years: { from: null, to: 2019 } };
    expect(encodeUrlState(open)).toBe('?to=2019');
    expect(decodeUrlState('?to=2019')).toEqual(open);
  });

  it('drops malformed years and uncrosses crossed bounds', () => {
    expect(decodeUrlState('?from=20x1&to=99999').years).toBeNull();
    expect(decodeUrlState('?from=0999').years).toBeNull();
    expect(decodeUrlState('?from=2022&to=2018').years).toEqual({ from: 2018, to: 2022 });
  });

  it('survives ids with reserved characters', () => {
    const selection = 'measure:a&b=c?d#e:1.2';
    expect(decodeUrlState(encodeUrlState({ ...empty, selection })).selection).toBe(selection);
  });
});

describe('url state of the industry and agency lens', () => {
  it('round-trips an intersection with its filters, and keeps the year range as from/to', () => {
    const state: UrlState = {
      ...empty,
      lens: {
        parkId: 'park:haidian-park',
        industryId: 'industry:artificial-intelligence',
        subParks: true,
        parentZones: false,
        issuer: 'State Council',
        documentId: 'document:guo-han-2020-123',
        via: 'TASK_CONTEXT',
      },
      years: { from: 2018, to: 2021 },
    };
    const search = encodeUrlState(state);
    expect(search).toBe(
      '?lens=park%3Ahaidian-park&industry=industry%3Aartificial-intelligence&parent=0&lens-issuer=State+Council' +
        '&lens-doc=document%3Aguo-han-2020-123&lens-via=TASK_CONTEXT&from=2018&to=2021',
    );
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('opens an industry or agency lens without a park', () => {
    expect(decodeUrlState('?industry=industry:ai').lens).toEqual({
      parkId: null,
      industryId: 'industry:ai',
      subParks: true,
      parentZones: true,
    });
    expect(decodeUrlState('?agency=agency:mofcom').lens).toEqual({
      parkId: null,
      agencyId: 'agency:mofcom',
      subParks: true,
      parentZones: true,
    });
    expect(encodeUrlState({ ...empty, lens: { parkId: null, agencyId: 'agency:mofcom', subParks: true, parentZones: true } })).toBe(
      '?agency=agency%3Amofcom',
    );
  });

  it('drops a via without a park and one that is no path, and lens filters without a lens', () => {
    expect(decodeUrlState('?industry=industry:ai&lens-via=DIRECT').lens).not.toHaveProperty('via');
    expect(decodeUrlState('?lens=park:h&lens-via=SIDEWAYS').lens).not.toHaveProperty('via');
    expect(decodeUrlState('?lens-doc=document:x&lens-issuer=x').lens).toBeNull();
  });
});
