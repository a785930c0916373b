// The nine elements (unsur) of PermenPANRB 14/2017 with the wording of the regulation's sample
// questionnaire, and English beside it. Shared by the survey screen, the phone page, the admin
// report and the printable result table, so every view names an element the same way.
import type { LocalizedName } from './config.js';

export interface SurveyElement {
  code: string;
  name: LocalizedName;
  question: LocalizedName;
  /** Answers 1..4 in order, worst first. */
  options: [LocalizedName, LocalizedName, LocalizedName, LocalizedName];
}

const o = (id: string, en: string): LocalizedName => ({ id, en });

export const SURVEY_ELEMENTS: readonly SurveyElement[] = [
  {
    code: 'U1',
    name: o('Persyaratan', 'Requirements'),
    question: o('Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', 'Do the requirements fit the service?'),
    options: [o('Tidak sesuai', 'Not suitable'), o('Kurang sesuai', 'Less suitable'), o('Sesuai', 'Suitable'), o('Sangat sesuai', 'Very suitable')],
  },
  {
    code: 'U2',
    name: o('Sistem, mekanisme, dan prosedur', 'System, mechanism and procedure'),
    question: o('Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', 'How easy is the procedure here?'),
    options: [o('Tidak mudah', 'Not easy'), o('Kurang mudah', 'Less easy'), o('Mudah', 'Easy'), o('Sangat mudah', 'Very easy')],
  },
  {
    code: 'U3',
    name: o('Waktu penyelesaian', 'Completion time'),
    question: o('Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', 'How fast was the service?'),
    options: [o('Tidak cepat', 'Not fast'), o('Kurang cepat', 'Less fast'), o('Cepat', 'Fast'), o('Sangat cepat', 'Very fast')],
  },
  {
    code: 'U4',
    name: o('Biaya/tarif', 'Cost/fee'),
    question: o('Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', 'How fair is the cost of the service?'),
    options: [o('Sangat mahal', 'Very expensive'), o('Cukup mahal', 'Quite expensive'), o('Murah', 'Cheap'), o('Gratis', 'Free')],
  },
  {
    code: 'U5',
    name: o('Produk spesifikasi jenis pelayanan', 'Service product specification'),
    question: o(
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      'Did the result match what the service standard promises?',
    ),
    options: [o('Tidak sesuai', 'Not suitable'), o('Kurang sesuai', 'Less suitable'), o('Sesuai', 'Suitable'), o('Sangat sesuai', 'Very suitable')],
  },
  {
    code: 'U6',
    name: o('Kompetensi pelaksana', 'Staff competence'),
    question: o('Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', 'How competent were the officers?'),
    options: [o('Tidak kompeten', 'Not competent'), o('Kurang kompeten', 'Less competent'), o('Kompeten', 'Competent'), o('Sangat kompeten', 'Very competent')],
  },
  {
    code: 'U7',
    name: o('Perilaku pelaksana', 'Staff behaviour'),
    question: o('Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', 'How polite and friendly were the officers?'),
    options: [
      o('Tidak sopan dan ramah', 'Not polite and friendly'),
      o('Kurang sopan dan ramah', 'Less polite and friendly'),
      o('Sopan dan ramah', 'Polite and friendly'),
      o('Sangat sopan dan ramah', 'Very polite and friendly'),
    ],
  },
  {
    code: 'U8',
    name: o('Penanganan pengaduan, saran dan masukan', 'Handling of complaints and suggestions'),
    question: o('Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', 'How are complaints of service users handled?'),
    options: [
      o('Tidak ada', 'None'),
      o('Ada tetapi tidak berfungsi', 'Exists but does not work'),
      o('Berfungsi kurang maksimal', 'Works, not fully'),
      o('Dikelola dengan baik', 'Well managed'),
    ],
  },
  {
    code: 'U9',
    name: o('Sarana dan prasarana', 'Facilities'),
    question: o('Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', 'How good are the facilities?'),
    options: [o('Buruk', 'Poor'), o('Cukup', 'Fair'), o('Baik', 'Good'), o('Sangat baik', 'Very good')],
  },
];

/** Grade labels of the regulation, with English. */
export const GRADE_LABELS: Record<'A' | 'B' | 'C' | 'D', LocalizedName> = {
  A: o('Sangat Baik', 'Very good'),
  B: o('Baik', 'Good'),
  C: o('Kurang Baik', 'Less good'),
  D: o('Tidak Baik', 'Not good'),
};

/** "88,75" — Indonesian decimal comma. */
export function formatIndex(n: number, lang: 'id' | 'en' = 'id', decimals = 2): string {
  const s = n.toFixed(decimals);
  return lang === 'id' ? s.replace('.', ',') : s;
}
