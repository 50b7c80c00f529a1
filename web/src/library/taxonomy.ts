import { useQuery } from 'urql';
import { LibraryTaxonomyDocument } from '../gql/graphql';
import { session } from '../session';

/** A category with its children (the query nests a few levels; the type any depth). */
export interface CategoryNode {
  id: string;
  name: string;
  archived: boolean;
  children?: readonly CategoryNode[];
}

export interface FlatCategory {
  id: string;
  name: string;
  /** "Technical proficiency / APIs". */
  path: string;
  depth: number;
  archived: boolean;
}

/** The tree in reading order, each with its path of names. */
export function flattenCategories(roots: readonly CategoryNode[]): FlatCategory[] {
  const out: FlatCategory[] = [];
  const walk = (nodes: readonly CategoryNode[], prefix: string, depth: number) => {
    for (const node of nodes) {
      const path = prefix ? `${prefix} / ${node.name}` : node.name;
      out.push({ id: node.id, name: node.name, path, depth, archived: node.archived });
      walk(node.children ?? [], path, depth + 1);
    }
  };
  walk(roots, '', 0);
  return out;
}

/** Categories, competencies and the tenant's rating scale: what every library page reads. */
export function useTaxonomy() {
  const [{ data, error, fetching }] = useQuery({ query: LibraryTaxonomyDocument });
  return {
    error,
    fetching,
    roots: (data?.categories ?? []) as readonly CategoryNode[],
    categories: data ? flattenCategories(data.categories) : [],
    competencies: data?.competencies ?? [],
    levels: data?.ratingScale.levels ?? [],
  };
}

/** Only admins import packs (the API's importPack policy). */
export const canImportPacks = () => session.get()?.viewer.role === 'ADMIN';
