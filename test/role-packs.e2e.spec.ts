import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listPacks, loadPack } from '../src/taxonomy/pack/pack-loader.js';
import type { PackManifest } from '../src/taxonomy/pack/pack.types.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant } from './helpers/fixtures.js';
import { ok } from './helpers/interviews.js';

// Issue 17 item 5: every role pack besides backend-engineering imports cleanly and idempotently
// through the API, its loop templates pass the coverage check, and it shares categories and
// competencies with a library already in the tenant instead of duplicating them.

const ROLE_PACKS = listPacks().filter((name) => name !== 'backend-engineering');

const IMPORT = `mutation($name: String!) { importPack(name: $name) { pack version categoriesCreated
  competenciesCreated questionsCreated questionsUpdated questionsUnchanged diverged templatesCreated } }`;
const TEMPLATES = `{ loops(first: 50, isTemplate: true) { edges { node { id name status isTemplate
  stages { name questions { id } } coverage { publishable findings { code severity path } } } } } }`;

/** Each category as the importer places it: the slugs from the top down to it. */
function placesOf(manifest: PackManifest): Map<string, string> {
  const parentOf = new Map(manifest.categories.map((c) => [c.slug, c.parent]));
  const place = (slug: string): string => {
    const parent = parentOf.get(slug);
    return parent ? `${place(parent)}/${slug}` : slug;
  };
  return new Map(manifest.categories.map((c) => [c.slug, place(c.slug)]));
}

describe('role packs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ships at least one role pack besides backend-engineering', () => {
    expect(ROLE_PACKS).toContain('frontend-engineering');
  });

  describe.each(ROLE_PACKS)('%s', (name) => {
    const pack = loadPack(name);
    const { manifest, questions } = pack;
    // Tenant slugs are short; a pack's position keeps them unique.
    const slug = `role-${ROLE_PACKS.indexOf(name) + 1}`;
    let admin: string;
    let recruiter: string;

    beforeAll(async () => {
      const tenant = await seedTenant(t, slug);
      admin = tenant.tokens.ADMIN;
      recruiter = tenant.tokens.RECRUITER;
    });

    it('imports every category, competency, question and template once; a second import changes nothing', async () => {
      const first = ok(await t.gql(IMPORT, { name }, admin)).importPack;
      expect(first).toEqual({
        pack: name,
        version: manifest.version,
        categoriesCreated: manifest.categories.length,
        competenciesCreated: manifest.competencies.length,
        questionsCreated: questions.length,
        questionsUpdated: 0,
        questionsUnchanged: 0,
        diverged: [],
        templatesCreated: manifest.loopTemplates.length,
      });
      const again = ok(await t.gql(IMPORT, { name }, admin)).importPack;
      expect(again).toMatchObject({
        categoriesCreated: 0,
        competenciesCreated: 0,
        questionsCreated: 0,
        questionsUpdated: 0,
        questionsUnchanged: questions.length,
        diverged: [],
        templatesCreated: 0,
      });
      const active = ok(
        await t.gql(`{ questions(first: 1, status: ACTIVE) { totalCount } }`, {}, recruiter),
      );
      expect(active.questions.totalCount).toBe(questions.length);
      // The pack's guide becomes the tenant's, since no other pack came first.
      const guide = ok(await t.gql(`{ interviewGuide { source } }`, {}, recruiter));
      expect(guide.interviewGuide.source).toBe(`${name}@${manifest.version}`);
    });

    it('creates templates that pass the coverage check, and a loop made from one publishes', async () => {
      const templates = ok(await t.gql(TEMPLATES, {}, recruiter)).loops.edges.map(
        (e: { node: Record<string, any> }) => e.node,
      );
      expect(templates.map((node: { name: string }) => node.name).sort()).toEqual(
        manifest.loopTemplates.map((tpl) => tpl.name).sort(),
      );
      for (const node of templates) {
        const shipped = manifest.loopTemplates.find((tpl) => tpl.name === node.name)!;
        expect(node).toMatchObject({ status: 'DRAFT', isTemplate: true });
        expect(node.coverage.findings).toEqual([]);
        expect(node.coverage.publishable).toBe(true);
        expect(node.stages.map((s: { questions: unknown[] }) => s.questions.length)).toEqual(
          shipped.stages.map((s) => s.questions.length),
        );
      }
      const seniorities = new Set(manifest.loopTemplates.map((tpl) => tpl.seniority));
      expect([...seniorities].sort()).toEqual(['JUNIOR', 'MID', 'SENIOR', 'STAFF']);

      const staff = templates.find((node: { name: string }) =>
        manifest.loopTemplates.some((tpl) => tpl.name === node.name && tpl.seniority === 'STAFF'),
      );
      const made = ok(
        await t.gql(
          `mutation($input: NewLoopFromInput!) { createLoopFromTemplate(input: $input) { id isTemplate } }`,
          { input: { sourceId: staff.id, name: `${manifest.title}, staff hire` } },
          recruiter,
        ),
      ).createLoopFromTemplate;
      expect(made.isTemplate).toBe(false);
      const published = ok(
        await t.gql(
          `mutation($id: ID!) { publishLoop(id: $id) { loop { status } warnings { code } } }`,
          { id: made.id },
          recruiter,
        ),
      ).publishLoop;
      expect(published).toEqual({ loop: { status: 'PUBLISHED' }, warnings: [] });
    });

    it('joins a tenant that holds backend-engineering: shared categories and competencies are reused, the guide stays', async () => {
      const tenant = await seedTenant(t, `${slug}-with-backend`);
      const backend = loadPack('backend-engineering').manifest;
      ok(await t.gql(IMPORT, { name: 'backend-engineering' }, tenant.tokens.ADMIN));

      const existingPlaces = new Set(placesOf(backend).values());
      const newCategories = [...placesOf(manifest).values()].filter(
        (place) => !existingPlaces.has(place),
      );
      const backendKeys = new Set(backend.competencies.map((c) => c.key));
      const newCompetencies = manifest.competencies.filter((c) => !backendKeys.has(c.key));
      // A pack that shares nothing would not show the reuse this test is about.
      expect(newCategories.length).toBeLessThan(manifest.categories.length);
      expect(newCompetencies.length).toBeLessThan(manifest.competencies.length);

      const result = ok(await t.gql(IMPORT, { name }, tenant.tokens.ADMIN)).importPack;
      expect(result).toMatchObject({
        categoriesCreated: newCategories.length,
        competenciesCreated: newCompetencies.length,
        questionsCreated: questions.length,
        templatesCreated: manifest.loopTemplates.length,
      });
      const counts = ok(
        await t.gql(
          `{ questions(first: 1) { totalCount } competencies { key } interviewGuide { source } }`,
          {},
          tenant.tokens.RECRUITER,
        ),
      );
      expect(counts.questions.totalCount).toBe(
        questions.length + loadPack('backend-engineering').questions.length,
      );
      const keys = counts.competencies.map((c: { key: string }) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.length).toBe(backend.competencies.length + newCompetencies.length);
      // One guide per tenant: the first pack's stays.
      expect(counts.interviewGuide.source).toBe(`backend-engineering@${backend.version}`);
    });
  });
});
