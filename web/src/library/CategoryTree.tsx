import { Anchor, Box, Text } from '@mantine/core';
import { Link } from 'react-router';
import { browseParams, withFilter, type BrowseState } from './browse-state';
import type { CategoryNode } from './taxonomy';

/** The category tree as links: each narrows the list to a category and everything below it. */
export function CategoryTree({
  roots,
  state,
}: {
  roots: readonly CategoryNode[];
  state: BrowseState;
}) {
  const current = state.filters.category;
  const link = (id: string, name: string) => {
    const active = current === id || (!id && !current);
    return (
      <Anchor
        component={Link}
        to={`?${browseParams(withFilter(state, 'category', id))}`}
        size="sm"
        fw={active ? 700 : 400}
        c={active ? undefined : 'dark'}
        aria-current={active ? 'true' : undefined}
        display="block"
        py={2}
      >
        {name}
      </Anchor>
    );
  };
  const branch = (nodes: readonly CategoryNode[], depth: number) => (
    <Box component="ul" m={0} p={0} pl={depth ? 'sm' : 0} style={{ listStyle: 'none' }}>
      {nodes.map((node) => {
        const children = node.children ?? [];
        return (
          <li key={node.id}>
            {link(node.id, node.name)}
            {children.length > 0 && branch(children, depth + 1)}
          </li>
        );
      })}
    </Box>
  );
  return (
    <nav aria-labelledby="library-categories">
      <Text id="library-categories" fw={700} size="sm" mb={4}>
        Categories
      </Text>
      {link('', 'All categories')}
      {roots.length ? branch(roots, 0) : <Text size="sm">No categories yet.</Text>}
    </nav>
  );
}
