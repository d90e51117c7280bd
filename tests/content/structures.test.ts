import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_STRUCTURES, REQUIRED_STRUCTURES, LAYERS } from '../../contract';
import { structures, structureById } from '../../content/index';
import { GLB_PATH, glbStructureIds } from './helpers';

const contractIds = LAYERS.flatMap((l) => [...REQUIRED_STRUCTURES[l].paired, ...REQUIRED_STRUCTURES[l].midline, ...OPTIONAL_STRUCTURES[l]]);

describe('structures against the model contract', () => {
  it('has exactly one entry per contract structure (required and the three optional intrinsic ones)', () => {
    for (const id of contractIds) expect(structures.filter((s) => s.id === id).length, id).toBe(1);
  });

  it('has no structure outside the contract', () => {
    const known = new Set(contractIds);
    expect(structures.map((s) => s.id).filter((id) => !known.has(id))).toEqual([]);
  });

  it('puts each structure in its contract layer, paired as the contract says', () => {
    for (const layer of LAYERS) {
      for (const id of REQUIRED_STRUCTURES[layer].paired) expect([structureById(id)?.layer, structureById(id)?.paired], id).toEqual([layer, true]);
      for (const id of REQUIRED_STRUCTURES[layer].midline) expect([structureById(id)?.layer, structureById(id)?.paired], id).toEqual([layer, false]);
      for (const id of OPTIONAL_STRUCTURES[layer]) expect(structureById(id)?.layer, id).toBe(layer);
    }
  });

  it('gives every muscle origin, insertion, action, innervation (with roots) and blood supply', () => {
    for (const s of structures.filter((x) => x.kind === 'muscle')) {
      expect(s.anatomy, s.id).toBeDefined();
      // Roots or a cranial nerve are named in the clinician wording of the innervation.
      expect(s.anatomy?.innervation.clinician, s.id).toMatch(/\b(?:C\d|T\d|CN XI|dorsal ram|ventral ram)/i);
    }
  });

  it('gives the lay names people search for', () => {
    expect(structureById('trapezius')?.layNames).toContain('traps');
    expect(structureById('latissimus-dorsi')?.layNames).toContain('lats');
    expect(structureById('scapula')?.layNames).toContain('shoulder blade');
    expect(structureById('clavicle')?.layNames).toContain('collarbone');
    for (const id of ['t1', 't7', 'l1', 'c7']) expect(structureById(id)?.layNames, id).toEqual(expect.arrayContaining(['backbone', 'spine']));
    for (let n = 1; n <= 12; n++) expect(structureById(`rib-${n}`)?.layNames, `rib-${n}`).toContain('rib');
  });

  it('says something specific about each vertebra and rib level (no two levels share their wording)', () => {
    const levels = structures.filter((s) => s.group === 'Thoracic vertebrae' || s.group === 'Lumbar vertebrae' || s.group === 'Ribs');
    const texts = levels.map((s) => s.function.clinician);
    expect(new Set(texts).size).toBe(texts.length);
    expect(structureById('t3')?.function.clinician).toMatch(/scapular spine/);
    expect(structureById('t7')?.function.clinician).toMatch(/inferior angle/);
    expect(structureById('t2')?.function.clinician).toMatch(/superior angle/);
  });
});

describe('structures against the generated model (public/models/torso.glb)', () => {
  // This must fail, not skip, while the model is missing: the content and the model ship together.
  it('the GLB exists', () => {
    expect(existsSync(GLB_PATH), `${GLB_PATH} is missing (run npm run model)`).toBe(true);
  });

  it('every structure node in the model has content, and every content structure is in the model', () => {
    const inModel = glbStructureIds(GLB_PATH);
    const inContent = new Set(structures.map((s) => s.id));
    expect([...inModel].filter((id) => !inContent.has(id)).sort(), 'model nodes without content').toEqual([]);
    expect([...inContent].filter((id) => !inModel.has(id)).sort(), 'content structures missing from the model').toEqual([]);
  });
});
