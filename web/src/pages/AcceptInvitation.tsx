import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { formErrors } from '../errors';
import { acceptInvitation, AuthError, session } from '../session';

const INVALID =
  'This invitation link has expired or has already been used. Ask an admin of your team to ' +
  'invite you again: a new e-mail brings a new link. (If you already had an account with this ' +
  'e-mail, the password must be that account’s.)';

/** The invitation token from the address's fragment (#token=…), which no request carries. */
function readToken(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('token');
}

/** Where the invitation e-mail's link lands: set a password (or give your own) and join. */
export default function AcceptInvitation() {
  const navigate = useNavigate();
  const [token] = useState(readToken);
  // Once read, the token leaves the address bar and the history entry.
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
  }, []);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const signedInAs = session.get()?.viewer;
  const errors = formErrors(failure, ['password', 'token']);
  const invalid =
    (failure instanceof AuthError &&
      failure.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
    Boolean(errors.token);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    const password = String(new FormData(event.currentTarget).get('password'));
    setFailure(null);
    setBusy(true);
    try {
      // One call joins and starts the session (the server sets the cookie).
      await acceptInvitation({ token, password });
      navigate('/interviews', { replace: true });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="80vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={460}>
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              Accept your invitation
            </Title>
            <Text c="dimmed" size="sm">
              Join your team on Interview Kit.
            </Text>
          </div>
          {!token ? (
            <Alert color="red.9" variant="outline" title="No invitation in this link" role="alert">
              Open the link from your invitation e-mail once more, the whole of it: the part after
              the # sign is the invitation. If it still does not work, ask an admin of your team to
              invite you again.
            </Alert>
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Stack gap="md">
                {signedInAs && (
                  <Text size="sm">
                    You are signed in as {signedInAs.user.displayName}; accepting signs you in as
                    the invited person instead.
                  </Text>
                )}
                {invalid ? (
                  <Alert
                    color="red"
                    variant="filled"
                    role="alert"
                    title="This link no longer works"
                  >
                    {INVALID}
                  </Alert>
                ) : (
                  errors[''] && (
                    <Alert color="red" variant="filled" role="alert" title="Could not join">
                      {errors['']}
                    </Alert>
                  )
                )}
                <PasswordInput
                  name="password"
                  label="Password"
                  description="New here? Choose a password of at least 12 characters. Already on Interview Kit with this e-mail? Enter the password you use."
                  autoComplete="new-password"
                  required
                  error={errors.password}
                />
                <Button type="submit" loading={busy} fullWidth>
                  Join and sign in
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
