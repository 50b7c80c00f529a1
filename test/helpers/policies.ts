import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import {
  POLICY_KEY,
  SCOPES_KEY,
  type Policy,
  type Scope,
} from '../../src/auth/policy.decorator.js';

/** `Query.me` / `Mutation.signIn` / `Subscription.x` -> the policy its resolver method declares. */
export function declaredPolicies(app: INestApplication): Map<string, Policy | undefined> {
  const policies = new Map<string, Policy | undefined>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const proto = wrapper.metatype?.prototype;
      if (!proto || !wrapper.instance) continue;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const handler = Object.getOwnPropertyDescriptor(proto, method)?.value;
        if (typeof handler !== 'function') continue;
        const kind = Reflect.getMetadata('graphql:resolver_type', handler);
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        const name = Reflect.getMetadata('graphql:resolver_name', handler) ?? method;
        policies.set(
          `${kind}.${name}`,
          Reflect.getMetadata(POLICY_KEY, handler) ??
            Reflect.getMetadata(POLICY_KEY, wrapper.metatype!),
        );
      }
    }
  }
  return policies;
}

/** `Query.questions` -> the API-key scopes its resolver method admits (none: closed to keys). */
export function declaredScopes(app: INestApplication): Map<string, Scope[]> {
  const scopes = new Map<string, Scope[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const proto = wrapper.metatype?.prototype;
      if (!proto || !wrapper.instance) continue;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const handler = Object.getOwnPropertyDescriptor(proto, method)?.value;
        if (typeof handler !== 'function') continue;
        const kind = Reflect.getMetadata('graphql:resolver_type', handler);
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        const name = Reflect.getMetadata('graphql:resolver_name', handler) ?? method;
        scopes.set(`${kind}.${name}`, Reflect.getMetadata(SCOPES_KEY, handler) ?? []);
      }
    }
  }
  return scopes;
}
