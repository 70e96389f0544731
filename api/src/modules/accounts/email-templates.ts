/**
 * The account emails, in Arabic then English (one message serves both: the platform does not know a new person's
 * language yet). Links go to the portal's pages, which call the API.
 */
import type { EmailContent } from '../../common/email/email-outbox.js';

export function accountEmails(portalUrl: string) {
  const link = (path: string, token: string): string => `${portalUrl}${path}?token=${encodeURIComponent(token)}`;
  const both = (ar: string, en: string): string => `${ar}\n\n---\n\n${en}\n`;
  return {
    verifyEmail(name: string, token: string): EmailContent {
      const url = link('/ar/account/verify-email', token);
      return {
        subject: 'تأكيد البريد الإلكتروني | Confirm your email — Shabaka',
        text: both(
          `مرحباً ${name}،\n\nلتأكيد بريدك الإلكتروني في منصة شبكة افتح الرابط التالي (صالح 24 ساعة):\n${url}\n\nإذا لم تطلب ذلك فتجاهل هذه الرسالة.`,
          `Hello ${name},\n\nTo confirm your email address on Shabaka, open this link (valid for 24 hours):\n${url.replace('/ar/', '/en/')}\n\nIf you did not ask for this, ignore this message.`,
        ),
      };
    },
    passwordReset(name: string, token: string): EmailContent {
      const url = link('/ar/account/reset-password', token);
      return {
        subject: 'إعادة تعيين كلمة المرور | Reset your password — Shabaka',
        text: both(
          `مرحباً ${name}،\n\nلاختيار كلمة مرور جديدة افتح الرابط التالي (صالح ساعة واحدة، لمرة واحدة):\n${url}\n\nإذا لم تطلب ذلك فتجاهل هذه الرسالة: كلمة مرورك لم تتغير.`,
          `Hello ${name},\n\nTo choose a new password, open this link (valid once, for one hour):\n${url.replace('/ar/', '/en/')}\n\nIf you did not ask for this, ignore this message: your password has not changed.`,
        ),
      };
    },
    emailChanged(name: string, newEmail: string, token: string): EmailContent {
      const url = link('/ar/account/undo-email-change', token);
      return {
        subject: 'تغيّر بريدك الإلكتروني | Your email address was changed — Shabaka',
        text: both(
          `مرحباً ${name}،\n\nتغيّر عنوان البريد الإلكتروني لحسابك في منصة شبكة من هذا العنوان إلى ${newEmail}.\nإذا لم تفعل ذلك فافتح الرابط التالي (صالح 7 أيام) لإعادة عنوانك وإنهاء كل الجلسات، ثم اطلب كلمة مرور جديدة:\n${url}`,
          `Hello ${name},\n\nThe email address of your Shabaka account was changed from this address to ${newEmail}.\nIf it was not you, open this link (valid for 7 days) to get your address back and end every session, then ask for a new password:\n${url.replace('/ar/', '/en/')}`,
        ),
      };
    },
    existingAccount(name: string): EmailContent {
      const url = `${portalUrl}/ar/account/sign-in`;
      return {
        subject: 'محاولة تسجيل بعنوانك | Someone tried to sign up with your email — Shabaka',
        text: both(
          `مرحباً ${name}،\n\nحاول أحدهم إنشاء حساب جديد بعنوان بريدك، ولديك حساب بالفعل. لتسجيل الدخول: ${url}\nإذا نسيت كلمة المرور فاطلب إعادة تعيينها من الصفحة نفسها.`,
          `Hello ${name},\n\nSomeone tried to create an account with your email address, which already has one. To sign in: ${url.replace('/ar/', '/en/')}\nIf you forgot your password, ask for a reset on the same page.`,
        ),
      };
    },
  };
}
