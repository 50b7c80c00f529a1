import { Module } from '@nestjs/common';
import { NodeResolver } from './node.resolver.js';

/**
 * Relay's `node(id)` and `nodes(ids)`. It reads each object through its type's own query
 * resolver (found through the module graph), so it imports no module's internals.
 */
@Module({ providers: [NodeResolver] })
export class NodeModule {}
