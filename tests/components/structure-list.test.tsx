import { act as flush, fireEvent, render, screen } from '@testing-library/react';
import { structureById } from '../../content';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/overlays/SearchBox';
import { StructureList } from '../../src/overlays/StructureList';
import { explorerStore } from '../../src/store/use-explorer';
import { resetStoreBeforeEach } from './reset-store';

resetStoreBeforeEach();
const act = explorerStore.getState;

describe('structure list (keyboard twin of the scene)', () => {
  it('reaches, selects, hides and isolates a structure with the keyboard alone', () => {
    render(<StructureList />);
    const tree = screen.getByRole('tree', { name: 'Structures' });
    const key = (k: string) => fireEvent.keyDown(tree, { key: k });
    // Superficial is open at start: down to Trapezius, open it, down to its left side.
    key('ArrowDown');
    key('ArrowRight');
    key('ArrowDown');
    key('Enter');
    expect(act().selected).toBe('trapezius.left');
    expect(screen.getByRole('treeitem', { name: /Left/, selected: true })).toBeTruthy();
    key('h');
    expect(act().hidden).toContain('trapezius.left');
    key('h');
    expect(act().hidden).not.toContain('trapezius.left');
    key('i');
    expect(act().isolated).toEqual(['trapezius.left']);
  });

  it('opens the branch of a structure selected elsewhere', () => {
    render(<StructureList />);
    const name = structureById('t4')!.name;
    expect(screen.queryByRole('treeitem', { name })).toBeNull();
    flush(() => act().select('t4'));
    expect(screen.getByRole('treeitem', { name, selected: true })).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: /Skeleton/ }).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('search', () => {
  it('finds a structure by lay name and Enter selects it', () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'traps' } });
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(act().selected).toBe('trapezius.left');
  });

  it('finds with one typo, and causes open their view', () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'heart atack' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(act().panel).toEqual({ kind: 'cause', id: 'VIS-01' });
  });
});
