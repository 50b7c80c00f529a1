import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { formErrors } from '../errors';
import { signIn } from '../session';

export function SignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setErrors({});
    try {
      await signIn({
        email: String(form.get('email')).trim(),
        password: String(form.get('password')),
        tenant: String(form.get('tenant')).trim().toLowerCase(),
      });
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/sign-in' ? from : '/interviews', { replace: true });
    } catch (error) {
      setErrors(formErrors(error, ['email', 'password', 'tenant']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" bg="gray.1">
      <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sign-in-title">
          <Stack gap="md">
            <div>
              <Title order={1} size="h2" id="sign-in-title">
                Sign in
              </Title>
              <Text c="dimmed" size="sm">
                Interview Kit: your interviews, kits and scorecards.
              </Text>
            </div>
            {errors[''] && (
              <Alert color="red" variant="filled" role="alert" title="Could not sign in">
                {errors['']}
              </Alert>
            )}
            <TextInput
              name="email"
              type="email"
              label="E-mail"
              autoComplete="username"
              required
              error={errors.email}
            />
            <PasswordInput
              name="password"
              label="Password"
              autoComplete="current-password"
              required
              error={errors.password}
            />
            <TextInput
              name="tenant"
              label="Organisation"
              description="The short name your team signs in with, for example acme."
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              autoCapitalize="none"
              spellCheck={false}
              required
              error={errors.tenant}
            />
            <Button type="submit" loading={busy} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
