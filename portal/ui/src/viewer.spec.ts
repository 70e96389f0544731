import { ApiError, ApiUnavailableError } from '@shabaka/graphql';
import { describe, expect, it, vi } from 'vitest';
import { currentViewer, isOfficer, refused, requireViewer, roleIn, viewerOnce, type Viewer } from './viewer.js';

const person: Viewer = {
  uuid: 'u1',
  name: 'Rania',
  email: 'rania@example.org',
  emailVerified: true,
  roles: [],
  memberships: [
    {
      role: 'OWNER',
      organization: { id: 'o1', slug: 'olive', name: { en: 'Olive' }, verification: { state: 'PENDING' } },
    },
  ],
};
const url = new URL('http://portal.test/en/account/organizations/olive?tab=members');

describe('the viewer', () => {
  it('is asked of the API once per request, however many loads ask', async () => {
    const fetchViewer = vi.fn(() => Promise.resolve(person));
    const viewer = viewerOnce(fetchViewer);
    expect(fetchViewer).not.toHaveBeenCalled();
    const answers = await Promise.all([viewer(), viewer(), viewer()]);
    expect(answers).toEqual([person, person, person]);
    expect(fetchViewer).toHaveBeenCalledTimes(1);
  });

  it('is nobody for a header when the API is down, but a page that needs it shows the failure', async () => {
    const down = () => Promise.reject(new ApiUnavailableError('down'));
    const locals = { locale: 'en' as const, viewer: viewerOnce(down) };
    expect(await currentViewer({ locals })).toBeNull();
    await expect(requireViewer({ locals, url })).rejects.toBeInstanceOf(ApiUnavailableError);
  });

  it('sends a signed-out reader to sign in, and back here afterwards', async () => {
    const locals = { locale: 'en' as const, viewer: viewerOnce(() => Promise.resolve(null)) };
    await expect(requireViewer({ locals, url })).rejects.toMatchObject({
      status: 303,
      location: `/en/account/sign-in?next=${encodeURIComponent('/en/account/organizations/olive?tab=members')}`,
    });
    const signedIn = { locale: 'en' as const, viewer: viewerOnce(() => Promise.resolve(person)) };
    expect(await requireViewer({ locals: signedIn, url })).toBe(person);
  });

  it('knows officers and roles in an organisation', () => {
    expect(isOfficer(person)).toBe(false);
    expect(isOfficer({ roles: ['PROGRAMME_OFFICER'] })).toBe(true);
    expect(roleIn(person, 'olive')).toBe('OWNER');
    expect(roleIn(person, 'other')).toBeNull();
  });

  it("turns the API's refusals into the sign-in page, 403 and 404", () => {
    const locals = { locale: 'ar' as const, viewer: viewerOnce(() => Promise.resolve(null)) };
    const refusal = (code: string) => new ApiError([{ message: code, extensions: { code } }]);
    const outcome = (failure: unknown) => {
      try {
        refused({ locals, url }, failure);
      } catch (thrown) {
        return thrown;
      }
    };
    expect(outcome(refusal('UNAUTHENTICATED'))).toMatchObject({ status: 303 });
    expect(outcome(refusal('FORBIDDEN'))).toMatchObject({ status: 403 });
    expect(outcome(refusal('NOT_FOUND'))).toMatchObject({ status: 404 });
    const other = new Error('boom');
    expect(outcome(other)).toBe(other);
  });
});
