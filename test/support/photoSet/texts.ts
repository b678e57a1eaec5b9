import type { Random } from './random.ts';

/**
 * Known text for the generated photo set: receipts and slips in Korean, Japanese and Traditional
 * Chinese, drawn from small vocabularies by a seeded generator. A line is `left` plus an optional
 * `right` part printed flush right (prices), as receipts lay them out; the reference text joins
 * them with a space, and the reference words are the space-separated tokens.
 */
export type PhotoLang = 'ko' | 'ja' | 'zh-TW';
export type DocKind = 'receipt' | 'slip' | 'table';

export interface PrintedLine {
  left: string;
  right?: string;
  centred?: boolean;
  /** Printed in the accent ink (a red total, a blue stamp line). */
  accent?: boolean;
  /** A row of a ruled table: its cells (then `left` is the row's text, for reference only). */
  cells?: string[];
}

interface Vocab {
  stores: string[];
  addresses: string[];
  items: string[];
  receiptHead: (r: Random) => string[];
  totals: (sum: string, r: Random) => PrintedLine[];
  thanks: string[];
  slipTitle: string[];
  slipFields: ((r: Random) => PrintedLine)[];
  money: (n: number) => string;
  /** A price list's header: item, quantity, unit price, amount. */
  tableHead: string[];
}

const digits = (r: Random, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');
const grouped = (n: number) => n.toLocaleString('en-US');
const two = (n: number) => String(n).padStart(2, '0');
const date = (r: Random, sep: string) => `2024${sep}${two(r.int(1, 12))}${sep}${two(r.int(1, 28))}`;
const time = (r: Random) => `${two(r.int(8, 21))}:${two(r.int(0, 59))}`;

const VOCAB: Record<PhotoLang, Vocab> = {
  ko: {
    stores: ['행복마트 역삼점', '우리편의점 신촌점', '푸른약국', '한솔문구 본점', '다온카페', '소망정육점'],
    addresses: [
      '서울시 강남구 테헤란로 152',
      '부산시 해운대구 우동 123',
      '대전시 서구 둔산로 45',
      '인천시 남동구 구월로 8',
    ],
    items: [
      '신라면',
      '바나나우유',
      '생수',
      '삼각김밥',
      '초코파이',
      '커피우유',
      '볼펜',
      '공책',
      '감기약',
      '치약',
      '식빵',
      '사과',
      '두부',
      '계란',
    ],
    receiptHead: (r) => [
      `사업자번호 ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 5)}`,
      `전화 02-${digits(r, 3)}-${digits(r, 4)}`,
      `일시 ${date(r, '-')} ${time(r)}`,
    ],
    totals: (sum, r) => [
      { left: '합계', right: sum, accent: true },
      { left: r.pick(['카드결제', '현금결제']), right: sum },
    ],
    thanks: ['감사합니다', '또 오세요'],
    slipTitle: ['택배 운송장', '입금 확인증', '주문 전표'],
    slipFields: [
      (r) => ({ left: `보내는 분 ${r.pick(['김민수', '박지영', '최영호'])}` }),
      (r) => ({ left: `받는 분 ${r.pick(['이서연', '정우진', '한지민'])}` }),
      (r) => ({ left: `연락처 010-${digits(r, 4)}-${digits(r, 4)}` }),
      (r) => ({ left: `접수일 ${date(r, '.')}` }),
      (r) => ({ left: '금액', right: `${grouped(r.int(3, 90) * 500)}원`, accent: true }),
      (r) => ({ left: `품명 ${r.pick(['의류', '도서', '식품', '서류'])}` }),
    ],
    money: (n) => grouped(n),
    tableHead: ['품목', '수량', '단가', '금액'],
  },
  ja: {
    stores: ['ファミリーストア 新宿店', 'さくら薬局', '山田書店', '青空マート', '喫茶 みどり', '丸井商店'],
    addresses: [
      '東京都新宿区西新宿 1-2-3',
      '大阪市北区梅田 3-1-1',
      '京都市中京区 12番地',
      '横浜市西区 2-5-8',
    ],
    items: [
      'おにぎり',
      'お茶',
      '牛乳',
      '食パン',
      'ボールペン',
      'ノート',
      '弁当',
      '雑誌',
      'コーヒー',
      '電池',
      '風邪薬',
      '石鹸',
    ],
    receiptHead: (r) => [
      `電話 03-${digits(r, 4)}-${digits(r, 4)}`,
      `${2024}年${r.int(1, 12)}月${r.int(1, 28)}日 ${time(r)}`,
      `レジ ${digits(r, 3)}`,
    ],
    totals: (sum, r) => [
      { left: '合計', right: sum, accent: true },
      { left: r.pick(['お預り', 'クレジット']), right: sum },
    ],
    thanks: ['ありがとうございました', 'またお越しください'],
    slipTitle: ['宅配便 伝票', '領収書', '納品書'],
    slipFields: [
      (r) => ({ left: `お届け先 ${r.pick(['山田 太郎', '佐藤 花子', '鈴木 一郎'])} 様` }),
      (r) => ({ left: `ご依頼主 ${r.pick(['田中 健', '高橋 直子', '伊藤 学'])}` }),
      (r) => ({ left: `電話 090-${digits(r, 4)}-${digits(r, 4)}` }),
      (r) => ({ left: `受付日 ${date(r, '/')}` }),
      (r) => ({ left: '金額', right: `¥${grouped(r.int(3, 90) * 100)}`, accent: true }),
      (r) => ({ left: `品名 ${r.pick(['衣類', '書籍', '食品', '書類'])}` }),
    ],
    money: (n) => `¥${grouped(n)}`,
    tableHead: ['品名', '数量', '単価', '金額'],
  },
  'zh-TW': {
    stores: ['全家便利商店 信義店', '大同藥局', '光華書局', '好鄰居超市', '春天咖啡館', '永和豆漿'],
    addresses: [
      '台北市信義區松高路 11號',
      '台中市西區民生路 25號',
      '高雄市前金區中正路 8號',
      '新竹市東區光復路 2號',
    ],
    items: [
      '御飯糰',
      '綠茶',
      '牛奶',
      '麵包',
      '原子筆',
      '筆記本',
      '便當',
      '雜誌',
      '咖啡',
      '電池',
      '感冒藥',
      '肥皂',
    ],
    receiptHead: (r) => [
      `統一編號 ${digits(r, 8)}`,
      `電話 02-${digits(r, 4)}-${digits(r, 4)}`,
      `${date(r, '-')} ${time(r)}`,
    ],
    totals: (sum, r) => [
      { left: '合計', right: sum, accent: true },
      { left: r.pick(['現金', '信用卡']), right: sum },
    ],
    thanks: ['謝謝光臨', '歡迎再度光臨'],
    slipTitle: ['收據', '送貨單', '匯款單'],
    slipFields: [
      (r) => ({ left: `客戶名稱 ${r.pick(['陳小明', '林美華', '王大同'])}` }),
      (r) => ({ left: `經手人 ${r.pick(['張志強', '李淑芬', '黃建國'])}` }),
      (r) => ({ left: `電話 09${digits(r, 2)}-${digits(r, 3)}-${digits(r, 3)}` }),
      (r) => ({ left: `日期 ${date(r, '/')}` }),
      (r) => ({ left: '金額', right: `新台幣 ${grouped(r.int(3, 90) * 100)} 元`, accent: true }),
      (r) => ({ left: `品名 ${r.pick(['衣服', '書籍', '食品', '文件'])}` }),
    ],
    money: (n) => `${grouped(n)}`,
    tableHead: ['品名', '數量', '單價', '金額'],
  },
};

/** The printed lines of one generated document. */
export function documentLines(lang: PhotoLang, kind: DocKind, r: Random): PrintedLine[] {
  const v = VOCAB[lang];
  if (kind === 'table') {
    const row = (cells: string[]): PrintedLine => ({ left: cells.filter(Boolean).join(' '), cells });
    const rows = r
      .shuffle([...v.items])
      .slice(0, r.int(3, 6))
      .map((item) => {
        const qty = r.int(1, 12);
        const unit = r.int(2, 90) * (lang === 'ko' ? 500 : 50);
        return row([item, String(qty), grouped(unit), grouped(qty * unit)]);
      });
    const total = rows.reduce((s, l) => s + Number(l.cells![3].replace(/,/g, '')), 0);
    return [
      { left: r.pick(v.slipTitle), centred: true },
      row(v.tableHead),
      ...rows,
      row([v.totals('', r)[0].left, '', '', grouped(total)]),
    ];
  }
  if (kind === 'slip') {
    const fields = r.shuffle(v.slipFields.map((f) => f(r)));
    return [{ left: r.pick(v.slipTitle), centred: true }, ...fields, { left: r.pick(v.addresses) }];
  }
  const lines: PrintedLine[] = [
    { left: r.pick(v.stores), centred: true },
    { left: r.pick(v.addresses) },
    ...v.receiptHead(r).map((left) => ({ left })),
  ];
  let sum = 0;
  const items = r.shuffle([...v.items]).slice(0, r.int(3, 6));
  for (const item of items) {
    const qty = r.int(1, 3);
    const price = r.int(2, 60) * (lang === 'ko' ? 100 : 10);
    sum += qty * price;
    lines.push({ left: `${item} ${qty}`, right: v.money(qty * price) });
  }
  lines.push(...v.totals(v.money(sum), r), { left: r.pick(v.thanks), centred: true });
  return lines;
}

/** A printed line as the reference text reads it. */
export function lineText(l: PrintedLine): string {
  return l.right ? `${l.left} ${l.right}` : l.left;
}
