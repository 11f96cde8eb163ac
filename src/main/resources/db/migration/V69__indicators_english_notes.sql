-- Why: every page follows the reader's language and an indicator already has an English name and unit,
-- but its note (how to count it, an example) was Vietnamese only, so an English page showed it in
-- Vietnamese. The note gets an English twin with the same limit; a page shows it to an English reader
-- and falls back to the Vietnamese note where none was written (indicators created later may leave it
-- empty). The seeded notes (V11) are translated here. Each translation is written only where the
-- Vietnamese note is still the seeded text: a note the central committee has since rewritten would no
-- longer match, and a stale translation is worse than the Vietnamese fallback.
alter table ind_indicator add column description_en varchar(1000);

update ind_indicator i set description_en = t.description_en
from (values
    ('HH_TOTAL', 'Số hộ trên địa bàn tại thời điểm báo cáo.',
     'Households in the area at the time of the report.'),
    ('HH_CULTURAL', 'Kết quả bình xét cuối năm.',
     'As rated at the year-end review.'),
    ('HH_CULTURAL_SHARE', 'Ví dụ: hơn 91% hộ.',
     'For example: over 91% of households.'),
    ('RA_CULTURAL', 'Trước Nghị định 86/2023 là danh hiệu "Khu dân cư văn hóa".',
     'Before Decree 86/2023 the title was "Cultured residential area".'),
    ('RA_CULTURAL_SHARE', 'Ví dụ: hơn 93% khu dân cư.',
     'For example: over 93% of residential areas.'),
    ('UNITY_FESTIVAL_HELD', 'Mỗi khu dân cư trả lời có hoặc không; cấp trên thấy tỷ lệ khu dân cư đã tổ chức.',
     'Each residential area answers yes or no; the levels above see the share of residential areas that held it.'),
    ('RA_MODEL_REGISTERED', 'Cấp trên thấy số Ban đã đăng ký, ví dụ 4/4.',
     'The levels above see how many committees registered, for example 4/4.'),
    ('BLOOD_UNITS', 'So với chỉ tiêu giao, ví dụ 54/44 đơn vị, đạt 123%.',
     'Measured against the assigned target, for example 54 units against a target of 44, or 123%.'),
    ('DIGITAL_ID_ACTIVATED', 'Lũy kế đến cuối kỳ.',
     'Cumulative to the end of the period.'),
    ('DIGITAL_ID_SHARE', 'Phấn đấu trên 90%.',
     'The aim is over 90%.'),
    ('CREMATION_SHARE', 'Ví dụ: 9/17 ca, đạt 53%.',
     'For example: 9 of 17 cases, or 53%.'),
    ('EMULATION_SCORE', 'Theo thang điểm 100 của khối thi đua.',
     'On the 100-point scale of the emulation group.')
) as t (code, description_vi, description_en)
where i.code = t.code and i.description_vi = t.description_vi;
