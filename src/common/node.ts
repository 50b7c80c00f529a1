import { Field, ID, InterfaceType } from '@nestjs/graphql';

/** Where `node`/`nodes` record which type an object they found is (not part of the API). */
export const NODE_TYPE = Symbol('nodeType');

/**
 * Relay's object identification. Every id of this API is a UUID, unique across all types, so
 * an object's `id` is already its global id: `node(id)` finds it without a type prefix, and
 * ids clients hold keep working.
 */
@InterfaceType('Node', {
  description:
    'An object a client can refetch by its id alone with node(id) or nodes(ids). Ids are UUIDs, ' +
    'unique across types: the id every query already answers is the global id.',
  resolveType: (value: { [NODE_TYPE]?: string }) => value[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: unique across every type of the API.' })
  id: string;
}
