// The widget's text in English, Persian and Arabic; fa and ar are right to left.
const MESSAGES = {
  en: {
    donated: "Donated for you",
    rewardCapReached: "You reached the program's reward limit: friends still get their offer.",
    yourCodes: "Your codes",
    storeCredit: "Store credit",
    storeCreditHint: "Enter this gift card code at checkout to spend your credit ({balance} left).",
    memberCode: "Member discount code",
    memberCodeHint: "Your personal {tier} discount at checkout: only you can use it.",
    memberCodeHintNoTier: "Your personal member discount at checkout: only you can use it.",
    boardEntry: "{name} — {count}",
    terms: "Terms",
    friendsJoined: "{count} friends already joined",
    offerPercentYou: "{value}% off your first order",
    offerFixedYou: "{value} off your first order",
    offerShippingYou: "free shipping on your first order",
    referralsOne: "{count} referral",
    title: "Invite friends, earn rewards",
    signIn: "Sign in to get your referral link.",
    getCode: "Get my referral link",
    yourCode: "Your code",
    yourLink: "Your link",
    copy: "Copy link",
    copied: "Link copied",
    copyFailed: "Copy failed: select the link and copy it.",
    share: "Share",
    shareVia: "Share via {network}",
    shareMore: "More…",
    friendGets: "Your friend gets {offer}",
    youGet: "You get {reward} for each friend who orders",
    offerPercent: "{value}% off their first order",
    offerFixed: "{value} off their first order",
    offerShipping: "free shipping on their first order",
    minSpent: "on orders over {amount}",
    stats: "Your referrals",
    visits: "Visits",
    friends: "Friends",
    orders: "Orders",
    rewarded: "Rewarded",
    earned: "Earned",
    tier: "Tier: {name}",
    noTier: "No tier yet",
    nextTier: "{count} more to reach {name}",
    tierProgress: "Progress to {name}",
    topTier: "You reached the top tier",
    badges: "Badges",
    invite: "Invite by e-mail",
    emails: "E-mail addresses (comma separated)",
    message: "Personal message (optional)",
    send: "Send invitations",
    sent: "Invitations sent: {count}",
    skipped: "Skipped: {list}",
    notEligible: "Already customers: {list}",
    leaderboard: "Top referrers",
    referrals: "{count} referrals",
    landingTitle: "{name} sent you a gift",
    landingTitleAnon: "A friend sent you a gift",
    landingOffer: "Get {offer} with code {code}",
    landingKept: "Your code is saved and will be applied at checkout.",
    invalidCode: "This invitation link is no longer valid.",
    applied: "Code {code} applied to your checkout",
    error: "Something went wrong: {message}",
    loading: "Loading…",
    voucher: "a voucher of {amount}",
    store_credit: "{amount} store credit",
    donation: "a donation of {amount}",
    perk: "a perk worth {amount}",
  },
  fa: {
    donated: "اهدا به نام شما",
    rewardCapReached: "به سقف جایزهٔ برنامه رسیده‌اید: دوستانتان همچنان پیشنهادشان را می‌گیرند.",
    yourCodes: "کدهای شما",
    storeCredit: "اعتبار خرید",
    storeCreditHint: "این کد کارت هدیه را هنگام پرداخت وارد کنید تا اعتبارتان خرج شود (مانده: {balance}).",
    memberCode: "کد تخفیف اعضا",
    memberCodeHint: "تخفیف شخصی سطح {tier} هنگام پرداخت: فقط خودتان می‌توانید از آن استفاده کنید.",
    memberCodeHintNoTier: "تخفیف شخصی اعضا هنگام پرداخت: فقط خودتان می‌توانید از آن استفاده کنید.",
    boardEntry: "{name}، {count}",
    terms: "شرایط",
    friendsJoined: "{count} دوست تا حالا پیوسته‌اند",
    offerPercentYou: "{value}٪ تخفیف روی اولین سفارشتان",
    offerFixedYou: "{value} تخفیف روی اولین سفارشتان",
    offerShippingYou: "ارسال رایگان اولین سفارشتان",
    referralsOne: "{count} معرفی",
    title: "دوستان را دعوت کنید و جایزه بگیرید",
    signIn: "برای دریافت لینک معرفی وارد شوید.",
    getCode: "دریافت لینک معرفی من",
    yourCode: "کد شما",
    yourLink: "لینک شما",
    copy: "کپی لینک",
    copied: "لینک کپی شد",
    copyFailed: "کپی نشد: لینک را انتخاب و کپی کنید.",
    share: "اشتراک‌گذاری",
    shareVia: "اشتراک‌گذاری در {network}",
    shareMore: "بیشتر…",
    friendGets: "دوست شما {offer} می‌گیرد",
    youGet: "شما برای هر دوستی که خرید کند {reward} می‌گیرید",
    offerPercent: "{value}٪ تخفیف روی اولین سفارش",
    offerFixed: "{value} تخفیف روی اولین سفارش",
    offerShipping: "ارسال رایگان اولین سفارش",
    minSpent: "برای سفارش‌های بالای {amount}",
    stats: "معرفی‌های شما",
    visits: "بازدیدها",
    friends: "دوستان",
    orders: "سفارش‌ها",
    rewarded: "جایزه‌گرفته",
    earned: "درآمد",
    tier: "سطح: {name}",
    noTier: "هنوز سطحی ندارید",
    nextTier: "{count} معرفی دیگر تا {name}",
    tierProgress: "پیشرفت تا {name}",
    topTier: "به بالاترین سطح رسیده‌اید",
    badges: "نشان‌ها",
    invite: "دعوت با ایمیل",
    emails: "نشانی‌های ایمیل (با ویرگول جدا کنید)",
    message: "پیام شخصی (اختیاری)",
    send: "ارسال دعوت‌نامه‌ها",
    sent: "دعوت‌نامه‌های ارسال‌شده: {count}",
    skipped: "نادیده گرفته شد: {list}",
    notEligible: "از قبل مشتری هستند: {list}",
    leaderboard: "برترین معرفان",
    referrals: "{count} معرفی",
    landingTitle: "{name} برای شما هدیه فرستاده است",
    landingTitleAnon: "یکی از دوستانتان برای شما هدیه فرستاده است",
    landingOffer: "با کد {code} {offer} بگیرید",
    landingKept: "کد شما ذخیره شد و هنگام پرداخت اعمال می‌شود.",
    invalidCode: "این لینک دعوت دیگر معتبر نیست.",
    applied: "کد {code} روی سبد خرید شما اعمال شد",
    error: "خطایی رخ داد: {message}",
    loading: "در حال بارگذاری…",
    voucher: "کارت هدیه {amount}",
    store_credit: "{amount} اعتبار خرید",
    donation: "کمک {amount} به خیریه",
    perk: "امتیازی به ارزش {amount}",
  },
  ar: {
    donated: "تبرعات باسمك",
    rewardCapReached: "وصلت إلى الحد الأقصى لمكافآت البرنامج: يواصل أصدقاؤك الحصول على عرضهم.",
    yourCodes: "رموزك",
    storeCredit: "رصيد المتجر",
    storeCreditHint: "أدخل رمز بطاقة الهدايا هذا عند الدفع لاستخدام رصيدك (المتبقي: {balance}).",
    memberCode: "رمز خصم الأعضاء",
    memberCodeHint: "خصمك الشخصي لمستوى {tier} عند الدفع: لا يستخدمه غيرك.",
    memberCodeHintNoTier: "خصمك الشخصي للأعضاء عند الدفع: لا يستخدمه غيرك.",
    boardEntry: "{name}، {count}",
    terms: "الشروط",
    friendsJoined: "انضم {count} صديقًا حتى الآن",
    offerPercentYou: "خصم {value}٪ على طلبك الأول",
    offerFixedYou: "خصم {value} على طلبك الأول",
    offerShippingYou: "شحن مجاني لطلبك الأول",
    referralsOne: "إحالة واحدة",
    title: "ادعُ أصدقاءك واربح المكافآت",
    signIn: "سجّل الدخول للحصول على رابط الإحالة.",
    getCode: "احصل على رابط الإحالة",
    yourCode: "رمزك",
    yourLink: "رابطك",
    copy: "نسخ الرابط",
    copied: "تم نسخ الرابط",
    copyFailed: "تعذّر النسخ: حدّد الرابط وانسخه.",
    share: "مشاركة",
    shareVia: "مشاركة عبر {network}",
    shareMore: "المزيد…",
    friendGets: "يحصل صديقك على {offer}",
    youGet: "تحصل على {reward} عن كل صديق يطلب",
    offerPercent: "خصم {value}٪ على أول طلب",
    offerFixed: "خصم {value} على أول طلب",
    offerShipping: "شحن مجاني لأول طلب",
    minSpent: "للطلبات فوق {amount}",
    stats: "إحالاتك",
    visits: "الزيارات",
    friends: "الأصدقاء",
    orders: "الطلبات",
    rewarded: "المكافأة",
    earned: "الأرباح",
    tier: "المستوى: {name}",
    noTier: "لا مستوى بعد",
    nextTier: "{count} إحالات أخرى للوصول إلى {name}",
    tierProgress: "التقدم نحو {name}",
    topTier: "وصلت إلى أعلى مستوى",
    badges: "الشارات",
    invite: "الدعوة بالبريد الإلكتروني",
    emails: "عناوين البريد (مفصولة بفواصل)",
    message: "رسالة شخصية (اختيارية)",
    send: "إرسال الدعوات",
    sent: "الدعوات المرسلة: {count}",
    skipped: "تم التخطي: {list}",
    notEligible: "عملاء بالفعل: {list}",
    leaderboard: "أفضل المُحيلين",
    referrals: "{count} إحالات",
    landingTitle: "أرسل لك {name} هدية",
    landingTitleAnon: "أرسل لك صديق هدية",
    landingOffer: "احصل على {offer} بالرمز {code}",
    landingKept: "تم حفظ رمزك وسيُطبَّق عند الدفع.",
    invalidCode: "رابط الدعوة هذا لم يعد صالحًا.",
    applied: "تم تطبيق الرمز {code} على سلتك",
    error: "حدث خطأ: {message}",
    loading: "جارٍ التحميل…",
    voucher: "قسيمة بقيمة {amount}",
    store_credit: "رصيد متجر بقيمة {amount}",
    donation: "تبرع بقيمة {amount}",
    perk: "ميزة بقيمة {amount}",
  },
};

export const LANGUAGES = Object.keys(MESSAGES);
const RTL = new Set(["fa", "ar"]);
// Numbers and money as the console and the e-mails write them: Persian digits in
// fa, Arabic-Indic digits in ar (plain "ar" is Latin digits in current ICU).
const LOCALES = { en: "en-US", fa: "fa-IR-u-nu-arabext", ar: "ar-EG-u-nu-arab" };
export const locale = (language) => LOCALES[language] || LOCALES.en;

/** The supported language for a `lang` value such as "fa-IR"; English otherwise. */
export function pickLanguage(value) {
  const base = String(value || "").toLowerCase().split(/[-_]/)[0];
  return MESSAGES[base] ? base : "en";
}

export const direction = (language) => (RTL.has(language) ? "rtl" : "ltr");

/** A message with `{name}` placeholders filled in. */
export function t(language, key, values = {}) {
  const text = (MESSAGES[language] || MESSAGES.en)[key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in values ? values[name] : `{${name}}`));
}

export function formatMoney(language, money) {
  if (!money) return "";
  try {
    return new Intl.NumberFormat(locale(language), { style: "currency", currency: money.currency }).format(money.amount);
  } catch {
    return `${formatNumber(language, money.amount)} ${money.currency}`;
  }
}

export const formatNumber = (language, value) => new Intl.NumberFormat(locale(language)).format(value);

/** "10% off their first order" (or "your", to the friend) from a ReferralFriendOffer. */
export function offerText(language, offer, toFriend = false) {
  if (!offer) return "";
  const suffix = toFriend ? "You" : "";
  let text;
  if (offer.type === "PERCENTAGE") {
    text = t(language, `offerPercent${suffix}`, { value: formatNumber(language, offer.value) });
  } else if (offer.type === "FIXED") {
    text = t(language, `offerFixed${suffix}`, {
      value: formatMoney(language, { amount: offer.value, currency: offer.currency }),
    });
  } else {
    text = t(language, `offerShipping${suffix}`);
  }
  if (offer.minSpent && offer.minSpent.amount > 0) {
    text += ` ${t(language, "minSpent", { amount: formatMoney(language, offer.minSpent) })}`;
  }
  return text;
}

export function rewardText(language, reward) {
  if (!reward) return "";
  return t(language, String(reward.type).toLowerCase(), { amount: formatMoney(language, reward.amount) });
}

/** "1 referral", "2 referrals" (by the language's plural rules). */
export function referralCount(language, count) {
  const one = new Intl.PluralRules(locale(language)).select(count) === "one";
  return t(language, one ? "referralsOne" : "referrals", { count: formatNumber(language, count) });
}
