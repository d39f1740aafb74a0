import chardet from 'chardet';
import iconv from 'iconv-lite';
import { encode1258 } from '../../support/windows1258';
import { describe, expect, it } from 'vitest';
import { CSV_ENCODINGS, decodeCsv } from '../../../electron/services/spreadsheet/decodeCsv';

// Realistic MSEL exports as agencies' own Excel would save them.
const VIETNAMESE = [
  'STT,Thời gian,Người gửi,Gửi đến,Hình thức,Nội dung,Yêu cầu xử lý,Ghi chú',
  '1,T+00:05,Trực ban Công an tỉnh,Đội PCCC & CNCH,Điện thoại,"Phát hiện cháy tại kho hàng khu vực cửa khẩu, có người bị mắc kẹt",Triển khai lực lượng chữa cháy và cứu nạn,Kiểm tra thời gian tiếp nhận',
  '2,T+00:20,Bệnh viện Đa khoa tỉnh,Tổ y tế,Vô tuyến điện,Tiếp nhận 5 nạn nhân bị bỏng,Phân loại và sơ cứu nạn nhân,',
  '3,T+00:45,Phóng viên báo địa phương,Ban chỉ đạo,Báo chí,Yêu cầu thông tin về vụ cháy,Phát ngôn theo quy định,Đánh giá việc cung cấp thông tin',
].join('\r\n');

const SIMPLIFIED = [
  '序号,时间,发送方,接收方,渠道,内容,预期行动,备注',
  '1,T+00:05,市公安局指挥中心,消防救援站,电话,口岸货物仓库发生火灾，有人员被困,立即出动力量灭火救援,记录接警时间',
  '2,T+00:20,市第一人民医院,医疗组,无线电,接收五名烧伤人员,开展检伤分类和现场救治,',
  '3,T+00:45,地方报社记者,导调组,媒体,要求了解火灾情况,按规定统一发布信息,评估信息发布是否及时',
].join('\r\n');

const TRADITIONAL = [
  '序號,時間,發送方,接收方,管道,內容,預期行動,備註',
  '1,T+00:05,市警察局勤務指揮中心,消防救援隊,電話,口岸貨物倉庫發生火災，有人員受困,立即出動人力滅火救援,記錄接報時間',
  '2,T+00:20,市立醫院,醫療組,無線電,接收五名燒傷人員,進行檢傷分類與現場救治,',
  '3,T+00:45,地方報社記者,導調組,媒體,要求了解火災狀況,依規定統一發布訊息,評估訊息發布是否及時',
].join('\r\n');

describe('decodeCsv', () => {
  it('offers every supported encoding', () => {
    expect(CSV_ENCODINGS).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'gb18030', 'big5', 'windows-1252']);
  });

  it('reads UTF-8 with a BOM and strips the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(VIETNAMESE, 'utf8')]);
    const result = decodeCsv(bytes);
    expect(result).toMatchObject({ encoding: 'utf-8', detected: 'utf-8', confidence: 1 });
    expect(result.text).toBe(VIETNAMESE);
  });

  it('reads UTF-8 without a BOM', () => {
    const result = decodeCsv(Buffer.from(SIMPLIFIED, 'utf8'));
    expect(result.detected).toBe('utf-8');
    expect(result.text).toBe(SIMPLIFIED);
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const bytes = iconv.encode(TRADITIONAL, 'utf-16le', { addBOM: true });
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const result = decodeCsv(bytes);
    expect(result.detected).toBe('utf-16le');
    expect(result.text).toBe(TRADITIONAL);
  });

  it('reads UTF-16BE with a BOM and UTF-16LE without one', () => {
    const be = decodeCsv(iconv.encode(VIETNAMESE, 'utf-16be', { addBOM: true }));
    expect(be.detected).toBe('utf-16be');
    expect(be.text).toBe(VIETNAMESE);
    const le = decodeCsv(iconv.encode(VIETNAMESE, 'utf-16le'));
    expect(le.detected).toBe('utf-16le');
    expect(le.text).toBe(VIETNAMESE);
  });

  it('detects Vietnamese Windows-1258 (tone marks stored as combining characters)', () => {
    const bytes = encode1258(VIETNAMESE);
    // Windows-1258 has no precomposed "ế": the bytes hold e-circumflex plus a combining
    // acute, so the text only equals the original after NFC.
    expect(iconv.decode(bytes, 'windows-1258')).not.toBe(VIETNAMESE);
    expect(iconv.decode(bytes, 'windows-1258').normalize('NFC')).toBe(VIETNAMESE);
    const result = decodeCsv(bytes);
    expect(result.detected).toBe('windows-1258');
    expect(result.encoding).toBe('windows-1258');
    expect(result.text).toBe(VIETNAMESE.normalize('NFC'));
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('detects a short Vietnamese cell list too', () => {
    const text = 'Gửi đến;Hình thức\r\nĐội cứu nạn;Điện thoại';
    const result = decodeCsv(encode1258(text));
    expect(result.detected).toBe('windows-1258');
    expect(result.text).toBe(text);
  });

  it('detects Simplified Chinese in GBK and in GB18030', () => {
    for (const page of ['gbk', 'gb18030']) {
      const result = decodeCsv(iconv.encode(SIMPLIFIED, page));
      expect(result.detected, page).toBe('gb18030');
      expect(result.text).toBe(SIMPLIFIED);
    }
  });

  it('detects Traditional Chinese in Big5', () => {
    const result = decodeCsv(iconv.encode(TRADITIONAL, 'big5'));
    expect(result.detected).toBe('big5');
    expect(result.text).toBe(TRADITIONAL);
  });

  it('detects Western European Windows-1252', () => {
    const text = 'No.,Time,Message\r\n1,T+00:10,Café near the Gare du Nord: évacuation requested — “urgent”';
    const result = decodeCsv(iconv.encode(text, 'windows-1252'));
    expect(result.detected).toBe('windows-1252');
    expect(result.text).toBe(text);
  });

  it('treats plain ASCII as UTF-8', () => {
    expect(decodeCsv(Buffer.from('No.,Time\r\n1,00:30')).detected).toBe('utf-8');
  });

  it('lets the user override the detected encoding and still reports the detection', () => {
    const bytes = iconv.encode(SIMPLIFIED, 'gbk');
    const wrong = decodeCsv(bytes, 'big5');
    expect(wrong).toMatchObject({ encoding: 'big5', detected: 'gb18030' });
    expect(wrong.text).not.toBe(SIMPLIFIED);
    // The override also wins over a clear detection.
    const vi = decodeCsv(encode1258(VIETNAMESE), 'windows-1252');
    expect(vi).toMatchObject({ encoding: 'windows-1252', detected: 'windows-1258' });
    expect(vi.text).toContain('Ð'); // "Đ" read through the wrong page
    const right = decodeCsv(bytes, 'gb18030');
    expect(right.text).toBe(SIMPLIFIED);
  });

  it('decodes an empty file as empty UTF-8 text', () => {
    expect(decodeCsv(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8' });
  });
});

// Files on which chardet alone names the wrong page: the detector's own reading of the
// text decides. Each test first shows chardet's mistake, so it fails if the scoring were
// dropped for chardet's guess.
describe('decodeCsv where chardet alone is wrong', () => {
  it('reads a short GBK header as Simplified Chinese, not as Big5', () => {
    for (const text of ['序号,时间,内容', '接警', '指挥中心']) {
      const bytes = iconv.encode(text, 'gbk');
      expect(chardet.detect(bytes), text).toBe('Big5');
      // And Big5 decodes these bytes without complaint, into rare characters.
      expect(iconv.decode(bytes, 'big5')).not.toContain('\uFFFD');
      const result = decodeCsv(bytes);
      expect(result.detected, text).toBe('gb18030');
      expect(result.text).toBe(text);
    }
  });

  it('names Windows-1252 for Western text that reads the same in Windows-1258', () => {
    for (const text of ['No.,Lieu\r\n1,Château', 'Château', 'Élève']) {
      const bytes = iconv.encode(text, 'windows-1252');
      // A true tie: both pages give the same letters.
      expect(iconv.decode(bytes, 'windows-1258').normalize('NFC')).toBe(text);
      expect(['windows-1252', 'ISO-8859-1'], text).not.toContain(chardet.detect(bytes));
      const result = decodeCsv(bytes);
      expect(result.detected, text).toBe('windows-1252');
      expect(result.text).toBe(text);
      // A tie is not a certainty: the confidence says so.
      expect(result.confidence, text).toBeLessThan(0.6);
    }
  });
});
