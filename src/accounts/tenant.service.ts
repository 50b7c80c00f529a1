import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PasswordService } from '../auth/password.service.js';
import { TokenService } from '../auth/token.service.js';
import type { AuthPayload } from '../auth/models/auth-payload.model.js';
import { AppConfig } from '../config/config.js';
import { signInFailed } from '../auth/auth.service.js';
import { ConflictError, ForbiddenError, isUniqueViolation } from '../common/errors.js';
import { Database, SET_TENANT_SQL } from '../database/database.service.js';
import { loadPack } from '../taxonomy/pack/pack-loader.js';
import { PackImportService } from '../taxonomy/pack/pack-import.service.js';
import type { CreateTenantInput } from '../tenancy/dto/tenancy.inputs.js';
import { MembershipEntity } from '../tenancy/entities/membership.entity.js';
import { Role } from '../common/role.js';
import { TenantEntity } from '../tenancy/entities/tenant.entity.js';
import { UserEntity } from '../tenancy/entities/user.entity.js';
import { ThrottleService } from '../throttle/throttle.service.js';
import { findUserByEmail, normaliseEmail } from '../tenancy/user.repository.js';

export interface NewMember {
  email: string;
  displayName: string;
  password: string;
  role: Role;
}

@Injectable()
export class TenantService {
  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly packs: PackImportService,
    private readonly throttle: ThrottleService,
  ) {}

  /** The DEFAULT_PACKS setting: a new tenant starts with these libraries. */
  private async importDefaultPacks(em: EntityManager, tenantId: string): Promise<void> {
    const names = this.config.DEFAULT_PACKS.split(',').filter(Boolean);
    for (const name of names) await this.packs.import(em, tenantId, loadPack(name));
  }

  /** Who may create tenants is the TENANT_CREATION setting (README, configuration). */
  assertMayCreateTenant(presentedToken: string | undefined): void {
    const policy = this.config.TENANT_CREATION;
    if (policy === 'open') return;
    if (policy === 'token' && presentedToken && this.config.TENANT_CREATION_TOKEN) {
      const a = Buffer.from(presentedToken);
      const b = Buffer.from(this.config.TENANT_CREATION_TOKEN);
      if (a.length === b.length && timingSafeEqual(a, b)) return;
    }
    throw new ForbiddenError('Creating tenants is not allowed with these credentials.');
  }

  /**
   * Creates the tenant and its first admin in one transaction, and signs the admin in. An
   * e-mail that has an account joins only with that account's password: the attempt counts
   * against the sign-in throttle (the same e-mail and address keys as signIn), and a wrong
   * password gets signIn's answer, so this is no way to guess passwords or to learn whether
   * an e-mail has an account.
   */
  async createTenant(input: CreateTenantInput, address: string): Promise<AuthPayload> {
    const email = normaliseEmail(input.admin.email);
    await this.throttle.consumeSignInAttempt(email, address);
    const passwordHash = await this.passwords.hash(input.admin.password);
    let payload: AuthPayload;
    try {
      payload = await this.db.global(async (em) => {
        const existing = await findUserByEmail(em, email);
        // The same work with or without an account: a password check against the account's
        // hash or the dummy one. An open invitation (no password yet) never passes it.
        const ok = await this.passwords.verify(
          existing?.passwordHash ?? null,
          input.admin.password,
        );
        if (existing && !ok) throw signInFailed();
        const tenant = await em.save(
          em.create(TenantEntity, { name: input.name, slug: input.slug }),
        );
        const user = await this.upsertUser(
          em,
          existing,
          { ...input.admin, role: Role.ADMIN },
          passwordHash,
        );
        await em.query(SET_TENANT_SQL, [tenant.id]);
        await em.insert(MembershipEntity, {
          tenantId: tenant.id,
          userId: user.id,
          role: Role.ADMIN,
        });
        await this.importDefaultPacks(em, tenant.id);
        const tokens = await this.tokens.startSession(em, tenant.id, user.id);
        return { ...tokens, viewer: { user, tenant, role: Role.ADMIN } };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        // The password was right (or there was no account): not a failed sign-in.
        await this.throttle.recordSignInSuccess(email, address);
        throw new ConflictError('A tenant with this slug exists.', { path: 'input.slug' });
      }
      throw error;
    }
    await this.throttle.recordSignInSuccess(email, address);
    return payload;
  }

  /**
   * Creates a tenant with members unless one with that slug exists (the demo seed). Returns
   * the tenant and whether it was created now.
   */
  async ensureTenant(name: string, slug: string, members: NewMember[], withPacks = false) {
    return this.db.global(async (em) => {
      const found = await em.findOneBy(TenantEntity, { slug });
      if (found) return { tenant: found, created: false };
      const tenant = await em.save(em.create(TenantEntity, { name, slug }));
      await em.query(SET_TENANT_SQL, [tenant.id]);
      for (const member of members) {
        const existing = await findUserByEmail(em, member.email);
        const user = await this.upsertUser(
          em,
          existing,
          member,
          await this.passwords.hash(member.password),
        );
        await em.insert(MembershipEntity, {
          tenantId: tenant.id,
          userId: user.id,
          role: member.role,
        });
      }
      if (withPacks) await this.importDefaultPacks(em, tenant.id);
      return { tenant, created: true };
    });
  }

  private async upsertUser(
    em: EntityManager,
    existing: UserEntity | null,
    member: NewMember,
    passwordHash: string,
  ): Promise<UserEntity> {
    // Never change the password of an account that exists: only its owner may.
    if (existing) return existing;
    return em.save(
      em.create(UserEntity, {
        email: normaliseEmail(member.email),
        displayName: member.displayName,
        passwordHash,
      }),
    );
  }

  /** A signed access token for a member, for the start-up banner. */
  async accessTokenFor(tenantId: string, email: string): Promise<string | null> {
    return this.db.withTenant(tenantId, async (em) => {
      const user = await findUserByEmail(em, email);
      if (!user) return null;
      const tokens = await this.tokens.startSession(em, tenantId, user.id);
      return tokens.accessToken;
    });
  }
}
