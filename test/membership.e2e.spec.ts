import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TIMING_EQUALISER } from '../src/auth/password.service.js';
import { REFRESH_COOKIE, REFRESH_PATH } from '../src/auth/session.controller.js';
import { codeOf, startTestApp, type GqlResult, type TestApp } from './helpers/app.js';
import { PASSWORD, seedTenant, SIGN_IN, signIn, type SeededTenant } from './helpers/fixtures.js';
import { Mailbox } from './helpers/mailbox.js';
import { waitFor } from './helpers/wait.js';

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitationToken member { id role invitationPending user { email } } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken viewer { role tenant { slug } } }
}`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const REMOVE = `mutation($id: ID!) { removeMember(memberId: $id) }`;
const MEMBERS = `query($first: Int!, $after: String) {
  members(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id role user { email } } }
  }
}`;

describe('members and roles', () => {
  let t: TestApp;
  let acme: SeededTenant;
  const mailbox = new Mailbox();

  /**
   * Invites as `adminToken` and reads the token from the invitation e-mail that the address
   * receives (the only place it appears).
   */
  const inviteByMail = async (
    input: Record<string, unknown>,
    adminToken: string,
    query = INVITE,
  ) => {
    const to = String(input.email).toLowerCase();
    const seen = mailbox.to(to).length;
    const result = await t.gql(query, { input }, adminToken);
    expect(result.errors).toBeUndefined();
    const mail = await waitFor('the invitation', () => mailbox.to(to)[seen]);
    const token = /#token=([A-Za-z0-9._-]+)/.exec(mail.mail.text ?? '')?.[1];
    expect(token).toEqual(expect.any(String));
    return { result, mail, token: token! };
  };

  const memberId = async (email: string) => {
    const res = await t.gql(MEMBERS, { first: 100 }, acme.tokens.ADMIN);
    return res.data!.members.edges.find(
      (e: { node: { user: { email: string } } }) => e.node.user.email === email,
    ).node.id as string;
  };

  beforeAll(async () => {
    await mailbox.start();
    t = await startTestApp({ SMTP_URL: mailbox.url, PUBLIC_URL: 'https://kit.example/app' });
    acme = await seedTenant(t, 'acme');
  });
  afterAll(async () => {
    await t?.close();
    await mailbox.stop();
  });

  it('lets an admin invite a new user by e-mail, who accepts and signs in', async () => {
    const {
      result: invited,
      mail,
      token,
    } = await inviteByMail(
      { email: 'New.Person@Acme.example', role: 'INTERVIEWER' },
      acme.tokens.ADMIN,
    );
    const payload = invited.data!.inviteMember;
    expect(payload.member).toMatchObject({
      role: 'INTERVIEWER',
      invitationPending: true,
      user: { email: 'new.person@acme.example' },
    });
    // The admin never holds the token: only the invited address receives it.
    expect(payload.invitationToken).toBeNull();
    expect(JSON.stringify(invited)).not.toContain(token);
    expect(mail.mail.subject).toBe('You are invited to Tenant acme on Interview Kit');
    expect(mail.mail.text).toContain('as an interviewer');
    const link = `https://kit.example/app/accept-invitation#token=${token}`;
    expect(mail.mail.text).toContain(link);
    expect(mail.mail.html).toContain(`href="${link}"`);
    const accepted = await t.gql(ACCEPT, {
      input: { token, password: 'a brand new password' },
    });
    expect(accepted.data!.acceptInvitation.viewer).toEqual({
      role: 'INTERVIEWER',
      tenant: { slug: 'acme' },
    });
    // One use only.
    const again = await t.gql(ACCEPT, {
      input: { token, password: 'a brand new password' },
    });
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    await signIn(t, 'new.person@acme.example', 'acme', 'a brand new password');
  });

  it("accepts through the web app's session endpoint, whose answer starts the session (cookie)", async () => {
    const APP = { 'x-requested-with': 'interview-kit', 'content-type': 'application/json' };
    const email = 'cookie.joiner@acme.example';
    const password = 'a cookie joiner password';
    const { token } = await inviteByMail({ email, role: 'RECRUITER' }, acme.tokens.ADMIN);
    const accept = (body: object, headers: Record<string, string> = APP) =>
      t.http().post('/auth/accept-invitation').set(headers).send(body);
    // Cross-site and bad input are refused and change nothing: the link still works after.
    const crossSite = await accept({ token, password }, { ...APP, origin: 'https://evil.example' });
    expect([crossSite.status, crossSite.body.errors[0].extensions.code]).toEqual([
      403,
      'FORBIDDEN',
    ]);
    const short = await accept({ token, password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'password', message: 'must be at least 12 characters long' }],
    });
    expect(short.headers['set-cookie']).toBeUndefined();

    const res = await accept({ token, password });
    expect(res.status).toBe(200);
    expect(res.body.viewer).toMatchObject({ role: 'RECRUITER', user: { email } });
    expect(res.body.viewer.tenant.slug).toBe('acme');
    // The viewer's public fields only: no password hash or other column of the user.
    expect(Object.keys(res.body.viewer.user).sort()).toEqual(['displayName', 'email', 'id']);
    const cookie = ((res.headers['set-cookie'] as unknown as string[]) ?? []).find((c) =>
      c.startsWith(`${REFRESH_COOKIE}=`),
    );
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toContain(`Path=${REFRESH_PATH}`);
    // The refresh token is only in the cookie, never in the answer.
    expect(JSON.stringify(res.body)).not.toContain(cookie!.split(';')[0].split('=')[1]);
    // The cookie is a session: /auth/refresh trades it for an access token of the new member.
    const refreshed = await t
      .http()
      .post(REFRESH_PATH)
      .set(APP)
      .set('cookie', cookie!.split(';')[0])
      .send({});
    expect(refreshed.status).toBe(200);
    const me = await t.gql('{ me { role user { email } } }', {}, refreshed.body.accessToken);
    expect(me.data).toEqual({ me: { role: 'RECRUITER', user: { email } } });
    // One use only, as over GraphQL.
    const again = await accept({ token, password });
    expect([again.status, again.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    // Audited as the person's own act, like the mutation.
    const audit = await t.gql(
      `{ auditEvents(action: "acceptInvitation", entityId: "${res.body.viewer.user.id}") {
        edges { node { actorType actorId entity } } } }`,
      {},
      acme.tokens.ADMIN,
    );
    expect(audit.data!.auditEvents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { actorType: 'USER', actorId: res.body.viewer.user.id, entity: 'User' },
    ]);
  });

  it('resends a pending invitation with a new link; the earlier link stops working', async () => {
    const RESEND = `mutation($id: ID!) { resendInvitation(memberId: $id) {
      invitationToken invitationExpiresAt member { id invitationPending } } }`;
    const email = 'slow.reader@acme.example';
    const { result, token: first } = await inviteByMail(
      { email, role: 'RECRUITER' },
      acme.tokens.ADMIN,
    );
    const id = result.data!.inviteMember.member.id;
    // Invited again before accepting: the answer says so, and where to resend from.
    const again = await t.gql(INVITE, { input: { email, role: 'RECRUITER' } }, acme.tokens.ADMIN);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions.path).toBe('input.email');
    expect(again.errors![0].message).toMatch(/already invited and has not accepted yet: resend/);
    const seen = mailbox.to(email).length;
    const resent = await t.gql(RESEND, { id }, acme.tokens.ADMIN);
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.resendInvitation).toMatchObject({
      invitationToken: null,
      member: { id, invitationPending: true },
    });
    const mail = await waitFor('the second invitation', () => mailbox.to(email)[seen]);
    const second = /#token=([A-Za-z0-9._-]+)/.exec(mail.mail.text ?? '')?.[1];
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);
    expect(JSON.stringify(resent)).not.toContain(second!);
    // Only the newest link works.
    const old = await t.gql(ACCEPT, { input: { token: first, password: 'a careful password' } });
    expect(codeOf(old)).toBe('UNAUTHENTICATED');
    const accepted = await t.gql(ACCEPT, {
      input: { token: second, password: 'a careful password' },
    });
    expect(accepted.errors).toBeUndefined();
    // Accepted: nothing to resend. Unknown or another tenant's member: NOT_FOUND.
    const late = await t.gql(RESEND, { id }, acme.tokens.ADMIN);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(mailbox.to(email)).toHaveLength(seen + 1);
    const other = await seedTenant(t, 'resend-other');
    expect(codeOf(await t.gql(RESEND, { id }, other.tokens.ADMIN))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(RESEND, { id: 'not-an-id' }, acme.tokens.ADMIN))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('invites an address with an account elsewhere like a new one, showing nothing of the account', async () => {
    const other = await seedTenant(t, 'umbrella');
    const INVITE_FULL = `mutation($input: InviteMemberInput!) {
      inviteMember(input: $input) {
        invitationToken invitationExpiresAt
        member { id role invitationPending user { id email displayName } }
      }
    }`;
    const invite = (email: string) =>
      inviteByMail(
        { email, role: 'HIRING_MANAGER', displayName: 'Given Name' },
        acme.tokens.ADMIN,
        INVITE_FULL,
      );
    const {
      result: known,
      token,
      mail: knownMail,
    } = await invite(other.emails.RECRUITER.toUpperCase());
    const { result: unknown, mail: unknownMail } = await invite('never-seen@umbrella.example');
    // The same message either way: nothing says that the address has an account.
    expect(knownMail.mail.subject).toBe(unknownMail.mail.subject);
    const general = (text?: string) =>
      text!.replace(/#token=\S+/, '').replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/, '');
    expect(general(knownMail.mail.text)).toBe(general(unknownMail.mail.text));
    // The same shape, field for field: no token, pending, and only the address.
    const shape = (r: GqlResult, email: string) => {
      const { invitationToken, invitationExpiresAt, member } = r.data!.inviteMember;
      expect(invitationToken).toBeNull();
      expect(invitationExpiresAt).toEqual(expect.any(String));
      expect(member.user).toEqual({ id: member.id, email, displayName: email });
      return { pending: member.invitationPending, role: member.role };
    };
    expect(shape(known, other.emails.RECRUITER)).toEqual(
      shape(unknown, 'never-seen@umbrella.example'),
    );
    expect(JSON.stringify(known.data)).not.toContain(other.userIds.RECRUITER);
    expect(JSON.stringify(known.data)).not.toContain('RECRUITER"'); // their name in umbrella
    const listed = await t.gql(
      `query($id: ID!) { member(id: $id) { user { id displayName } } }`,
      { id: known.data!.inviteMember.member.id },
      acme.tokens.ADMIN,
    );
    expect(listed.data!.member.user).toEqual({
      id: known.data!.inviteMember.member.id,
      displayName: other.emails.RECRUITER,
    });

    // Not a member until the account's owner accepts, with their own password.
    const early = await t.gql(SIGN_IN, {
      input: { email: other.emails.RECRUITER, password: PASSWORD, tenant: 'acme' },
    });
    expect(codeOf(early)).toBe('UNAUTHENTICATED');
    const wrong = await t.gql(ACCEPT, { input: { token, password: 'not their password' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const accepted = await t.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.data!.acceptInvitation.viewer).toEqual({
      role: 'HIRING_MANAGER',
      tenant: { slug: 'acme' },
    });
    const login = await t.gql(SIGN_IN, {
      input: { email: other.emails.RECRUITER, password: PASSWORD, tenant: 'acme' },
    });
    expect(login.data!.signIn.viewer.role).toBe('HIRING_MANAGER');
    // Their account is unchanged: the same person, their own name.
    expect(login.data!.signIn.viewer.user.id).toBe(other.userIds.RECRUITER);
  });

  it("counts wrong passwords of an account's acceptance against the sign-in throttle", async () => {
    const limited = await seedTenant(t, 'throttle-co');
    const { token } = await inviteByMail(
      { email: limited.emails.INTERVIEWER, role: 'INTERVIEWER' },
      acme.tokens.ADMIN,
    );
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      codes.push(codeOf(await t.gql(ACCEPT, { input: { token, password: `guess number ${i}` } })));
    }
    // SIGNIN_MAX_FAILURES is 5 by default: then RATE_LIMITED, even for the right password.
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    const right = await t.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(codeOf(right)).toBe('RATE_LIMITED');
  });

  it('rejects a duplicate invitation with CONFLICT and bad input with field paths', async () => {
    const dup = await t.gql(
      INVITE,
      { input: { email: acme.emails.RECRUITER, role: 'ADMIN' } },
      acme.tokens.ADMIN,
    );
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(dup.errors![0].extensions.path).toBe('input.email');
    expect(dup.errors![0].message).toBe('This person is already a member.');
    const bad = await t.gql(
      INVITE,
      { input: { email: 'not-an-email', role: 'ADMIN' } },
      acme.tokens.ADMIN,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields).toEqual([
      { path: 'input.email', message: 'must be an e-mail address' },
    ]);
    const total = (await t.gql(MEMBERS, { first: 1 }, acme.tokens.ADMIN)).data!.members.totalCount;
    expect(total).toBe(10); // four seeded, six invited above
  });

  it('denies membership changes to every role but ADMIN', async () => {
    const target = await memberId(acme.emails.INTERVIEWER);
    for (const role of ['RECRUITER', 'HIRING_MANAGER', 'INTERVIEWER'] as const) {
      const token = acme.tokens[role];
      const invite = await t.gql(
        INVITE,
        { input: { email: `x-${role}@acme.example`, role: 'ADMIN' } },
        token,
      );
      expect(codeOf(invite)).toBe('FORBIDDEN');
      const change = await t.gql(
        CHANGE_ROLE,
        { input: { memberId: target, role: 'ADMIN' } },
        token,
      );
      expect(codeOf(change)).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(REMOVE, { id: target }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(MEMBERS, { first: 5 }, acme.tokens.INTERVIEWER))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(MEMBERS, { first: 5 }, acme.tokens.HIRING_MANAGER))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(MEMBERS, { first: 5 }))).toBe('UNAUTHENTICATED');
  });

  it('keeps the last admin: no demotion, no removal', async () => {
    const admin = await memberId(acme.emails.ADMIN);
    const demote = await t.gql(
      CHANGE_ROLE,
      { input: { memberId: admin, role: 'RECRUITER' } },
      acme.tokens.ADMIN,
    );
    expect(codeOf(demote)).toBe('CONFLICT');
    expect(codeOf(await t.gql(REMOVE, { id: admin }, acme.tokens.ADMIN))).toBe('CONFLICT');
    expect((await t.gql('{ me { role } }', {}, acme.tokens.ADMIN)).data!.me.role).toBe('ADMIN');

    // With a second admin, the first may step down; the second then cannot.
    const second = await memberId(acme.emails.RECRUITER);
    await t.gql(CHANGE_ROLE, { input: { memberId: second, role: 'ADMIN' } }, acme.tokens.ADMIN);
    const stepDown = await t.gql(
      CHANGE_ROLE,
      { input: { memberId: admin, role: 'RECRUITER' } },
      acme.tokens.ADMIN,
    );
    expect(stepDown.data!.changeMemberRole.role).toBe('RECRUITER');
    const last = await t.gql(REMOVE, { id: second }, acme.tokens.RECRUITER);
    expect(codeOf(last)).toBe('CONFLICT');
  });

  it('cannot be used to take over a person invited elsewhere', async () => {
    const other = await seedTenant(t, 'victim-co');
    const email = 'alice@victim-co.example';
    const { result: pending } = await inviteByMail(
      { email, role: 'RECRUITER' },
      other.tokens.ADMIN,
    );
    expect(pending.data!.inviteMember.member.invitationPending).toBe(true);
    // Another tenant's admin invites the same address and accepts with a password they choose.
    const attacker = await seedTenant(t, 'attacker-co');
    const { result: theirs, token: mailed } = await inviteByMail(
      { email, role: 'INTERVIEWER' },
      attacker.tokens.ADMIN,
    );
    // Their admin is not told the token any more; the address's owner is. Even holding it (as
    // if the attacker read that mailbox), the other tenant's open invitation is not reached.
    expect(theirs.data!.inviteMember.invitationToken).toBeNull();
    const stolen = await t.gql(ACCEPT, {
      input: { token: mailed, password: 'attacker chosen pw' },
    });
    expect(stolen.data!.acceptInvitation.viewer.tenant.slug).toBe('attacker-co');
    // The open invitation in the other tenant is not a membership: no way in there.
    const login = await t.gql(SIGN_IN, {
      input: { email, password: 'attacker chosen pw', tenant: 'victim-co' },
    });
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
    // createTenant cannot claim an account with an open invitation (no password yet).
    await t.gql(
      INVITE,
      { input: { email: 'bob-pending@victim-co.example', role: 'RECRUITER' } },
      other.tokens.ADMIN,
    );
    const claim = (password: string) =>
      t.gql(
        `mutation($password: String!) { createTenant(input: { name: "Evil", slug: "evil", admin: { email: "bob-pending@victim-co.example", password: $password, displayName: "B" } }) { accessToken } }`,
        { password },
      );
    expect(codeOf(await claim('some long password'))).toBe('UNAUTHENTICATED');
    // Not even with the password of the dummy hash that evens out the time of a check.
    expect(codeOf(await claim(TIMING_EQUALISER))).toBe('UNAUTHENTICATED');
  });

  it('pages through members with stable cursors and a page-size limit', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const res: GqlResult = await t.gql(MEMBERS, { first: 2, after }, acme.tokens.RECRUITER);
      const page: any = res.data!.members;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = (await t.gql(MEMBERS, { first: 100 }, acme.tokens.RECRUITER)).data!.members;
    expect(seen).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(new Set(seen).size).toBe(all.totalCount);
    const tooBig = await t.gql(MEMBERS, { first: 101 }, acme.tokens.RECRUITER);
    expect(codeOf(tooBig)).toBe('BAD_USER_INPUT');
    expect(tooBig.errors![0].extensions.fields[0].path).toBe('first');
    for (const after of ['nonsense', Buffer.from('["x","y"]').toString('base64url')]) {
      const badCursor = await t.gql(MEMBERS, { first: 2, after }, acme.tokens.RECRUITER);
      expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
      expect(badCursor.errors![0].extensions.fields[0].path).toBe('after');
    }
  });
});
