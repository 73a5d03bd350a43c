/**
 * The seed's bloc (SPEC §1, §7): the provincial Fatherland Front committee and the
 * political-social organisations, in their rotation order, with invented heads, and the bloc's
 * 1,000-point pledge (three content groups, ten criteria). Shared by the 2018 and 2019 samples.
 */
export interface SeedUnit {
  readonly name: string;
  readonly shortName: string;
  readonly womenPercent: number;
  readonly headName: string;
  readonly headTitle: string;
}

export const SEED_UNITS: readonly SeedUnit[] = [
  {
    name: "Ủy ban MTTQ Việt Nam tỉnh",
    shortName: "UBMTTQ tỉnh",
    womenPercent: 35,
    headName: "Nguyễn Văn Thành",
    headTitle: "Chủ tịch",
  },
  {
    name: "Hội Liên hiệp Phụ nữ tỉnh",
    shortName: "Hội LHPN tỉnh",
    womenPercent: 92,
    headName: "Trần Thị Mai",
    headTitle: "Chủ tịch",
  },
  {
    name: "Liên đoàn Lao động tỉnh",
    shortName: "LĐLĐ tỉnh",
    womenPercent: 48,
    headName: "Lê Văn Hùng",
    headTitle: "Chủ tịch",
  },
  {
    name: "Tỉnh đoàn",
    shortName: "Tỉnh đoàn",
    womenPercent: 45,
    headName: "Phạm Minh Tuấn",
    headTitle: "Bí thư",
  },
  {
    name: "Hội Nông dân tỉnh",
    shortName: "Hội ND tỉnh",
    womenPercent: 30,
    headName: "Hoàng Văn Lâm",
    headTitle: "Chủ tịch",
  },
  {
    name: "Hội Cựu chiến binh tỉnh",
    shortName: "Hội CCB tỉnh",
    womenPercent: 10,
    headName: "Đỗ Văn Bình",
    headTitle: "Chủ tịch",
  },
];

export const BLOC_NAME = "KHỐI THI ĐUA MTTQ VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TỈNH";

export interface SeedGroup {
  readonly code: string;
  readonly title: string;
  readonly criteria: readonly { readonly title: string; readonly maxPoints: number }[];
}

export const SEED_GROUPS: readonly SeedGroup[] = [
  {
    code: "I",
    title: "Công tác tuyên truyền, giáo dục chính trị tư tưởng và xây dựng tổ chức",
    criteria: [
      {
        title: "Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
        maxPoints: 100,
      },
      {
        title: "Phát triển hội viên, đoàn viên; nâng cao chất lượng tổ chức cơ sở",
        maxPoints: 100,
      },
      { title: "Xây dựng tổ chức đảng, cơ quan, đoàn thể trong sạch, vững mạnh", maxPoints: 100 },
      { title: "Công tác cán bộ; đào tạo, bồi dưỡng cán bộ", maxPoints: 100 },
    ],
  },
  {
    code: "II",
    title: "Thực hiện nhiệm vụ chuyên môn và các phong trào thi đua",
    criteria: [
      { title: "Tổ chức các phong trào thi đua, cuộc vận động", maxPoints: 150 },
      { title: "Giám sát và phản biện xã hội; góp ý xây dựng Đảng, chính quyền", maxPoints: 100 },
      { title: "Công tác an sinh xã hội, chăm lo đời sống hội viên, đoàn viên", maxPoints: 100 },
    ],
  },
  {
    code: "III",
    title: "Công tác phối hợp và chế độ thông tin, báo cáo",
    criteria: [
      { title: "Tham gia các hoạt động chung của Khối thi đua", maxPoints: 100 },
      { title: "Phối hợp với các cơ quan, đơn vị trong Khối", maxPoints: 75 },
      { title: "Chế độ thông tin, báo cáo đúng thời hạn, bảo đảm chất lượng", maxPoints: 75 },
    ],
  },
];

/** Every criterion's maximum, in order (ten criteria, 1,000 points). */
export function criterionMaxima(): number[] {
  return SEED_GROUPS.flatMap((group) => group.criteria.map((criterion) => criterion.maxPoints));
}

/**
 * Points per criterion (halves) adding up to `total`: the shortfall from the maximum is spread in
 * proportion to each criterion's maximum, and what rounding leaves over goes to the first
 * criterion with room for it.
 */
export function spreadPoints(total: number, maxima: readonly number[]): number[] {
  const maximum = maxima.reduce((sum, value) => sum + value, 0);
  const shortfall = maximum - total;
  const points = maxima.map((max) => max - Math.round(((shortfall * max) / maximum) * 2) / 2);
  let drift = points.reduce((sum, value) => sum + value, 0) - total;
  for (let index = 0; drift !== 0 && index < points.length; index += 1) {
    const current = points[index] ?? 0;
    const max = maxima[index] ?? 0;
    const adjusted = Math.min(max, Math.max(0, current - drift));
    drift -= current - adjusted;
    points[index] = adjusted;
  }
  return points;
}
