import { describe, expect, it } from 'vitest';
import { isSessionCookie, parseSetCookie } from './session-cookies.js';

describe('session cookies', () => {
  it('reads the attributes of the API session cookie, keeping the signed value as it is', () => {
    expect(
      parseSetCookie('shabaka.session_token=abc.d%2Bef%3D; Max-Age=1209600; Path=/; HttpOnly; SameSite=Lax; Secure'),
    ).toEqual({
      name: 'shabaka.session_token',
      value: 'abc.d%2Bef%3D',
      maxAge: 1209600,
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
    });
  });

  it('reads a deletion (sign-out) and refuses a header without a name', () => {
    expect(parseSetCookie('shabaka.session_token=; Max-Age=0; Path=/')).toMatchObject({ value: '', maxAge: 0 });
    expect(parseSetCookie('=oops; Path=/')).toBeUndefined();
  });

  it('relays only the API session cookies', () => {
    expect(isSessionCookie('shabaka.session_token')).toBe(true);
    expect(isSessionCookie('__Secure-shabaka.session_token')).toBe(true);
    expect(isSessionCookie('other')).toBe(false);
  });
});
