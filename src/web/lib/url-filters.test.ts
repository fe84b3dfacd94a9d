import { describe, expect, it } from 'vitest';
import {
  defineUrlFilters,
  urlChoice,
  urlChoiceOr,
  urlFlag,
  urlList,
  urlOptionalPositive,
  urlPage,
  urlPattern,
  urlPositive,
  urlText,
} from './url-filters.js';

const SIZES = ['small', 'medium', 'large'] as const;
const ORDERS = ['best', 'new', 'near'] as const;

const filters = defineUrlFilters(
  {
    q: urlText(10),
    size: urlList(SIZES),
    one: urlChoice(SIZES),
    id: urlPattern(/^[a-z-]+$/),
    isAll: urlFlag('all', 'scope'),
    max: urlOptionalPositive(80),
    km: urlPositive(500, 25),
    order: urlChoiceOr(ORDERS, 'best'),
    where: urlText(20),
    page: urlPage(100),
  },
  {
    normalize: (f) => ({ ...f, order: f.order === 'near' && !f.where.trim() ? 'best' : f.order }),
    include: (field, f) => (field === 'km' ? f.where.trim() !== '' : undefined),
  },
);

describe('URL filters', () => {
  it('reads the defaults from an empty query and writes nothing back', () => {
    const empty = filters.parse(new URLSearchParams());
    expect(empty).toEqual({
      q: '',
      size: [],
      one: null,
      id: null,
      isAll: false,
      max: null,
      km: 25,
      order: 'best',
      where: '',
      page: 1,
    });
    expect(filters.serialize(empty).toString()).toBe('');
  });

  it('reads every kind of value and writes the same query back, under its own key', () => {
    const url = 'q=nurse&size=small,large&one=medium&id=a-b&scope=all&max=12.5&km=50&order=new&where=Denver&page=3';
    const state = filters.parse(new URLSearchParams(url));
    expect(state).toMatchObject({ size: ['small', 'large'], isAll: true, max: 12.5, km: 50, order: 'new', page: 3 });
    expect(filters.serialize(state).toString()).toBe(new URLSearchParams(url).toString());
  });

  it('drops what it cannot read instead of failing, and keeps the vocabulary’s order', () => {
    const state = filters.parse(
      new URLSearchParams('q=a-very-long-search&size=huge,large,small&one=tiny&id=UPPER&max=-1&km=9999&order=x&page=0'),
    );
    expect(state).toMatchObject({ q: 'a-very-lon', size: ['small', 'large'], one: null, id: null, max: null });
    expect(state).toMatchObject({ km: 25, order: 'best', page: 1 });
  });

  it('keeps a state consistent on read and write (no "near" order without a place; km only with one)', () => {
    expect(filters.parse(new URLSearchParams('order=near')).order).toBe('best');
    const withPlace = filters.parse(new URLSearchParams('where=Denver&order=near'));
    expect(filters.serialize(withPlace).toString()).toBe('km=25&order=near&where=Denver');
    expect(filters.serialize({ ...withPlace, where: '' }).toString()).toBe('');
  });

  it('starts again at page 1 when any filter changes, but not when the page does', () => {
    const onPage3 = filters.parse(new URLSearchParams('q=nurse&page=3'));
    expect(filters.change(onPage3, { size: ['small'] }).page).toBe(1);
    expect(filters.change(onPage3, { page: 4 })).toEqual({ ...onPage3, page: 4 });
  });
});
