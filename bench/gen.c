/*
 * gen.c - seeded, deterministic benchmark data for firstsec.
 *
 *   gen attendance ROWS [SEED [SECRETARIES]]
 *   gen funds      ROWS [SEED [SECRETARIES]]
 *   gen households ROWS [SEED]
 *   gen roster     SECRETARIES [SEED]
 *   gen benefits   ROWS [SEED]
 *   gen cadres     CADRES [SEED]
 *   gen decisions  ROWS [SEED]
 *   gen conduct    ROWS [SEED [SECRETARIES]]
 *
 * Writes one TSV file (header + ROWS rows) to standard output.  The same
 * arguments always give the same bytes, on any machine (xorshift64* seeded by
 * splitmix64; no rand(), no locale, no time).
 *
 * Ids shared between the files:
 *   secretary  S000001 .. S<N>   (N = SECRETARIES, default 1000)
 *   village    V0001 .. V<N>     secretary k serves village k (see roster)
 *   household  HH0000001 ..      households row i is HH<i>; funds benefits
 *                                point into HH0000001..HH1000000
 *   helper     H0001 ..
 *   ID number  household i's head_id_number (households) is also its
 *              id_number in benefits, and a relative_id_number in cadres
 *              (households HH0000001..HH1000000, for the same SEED)
 *
 * attendance: each (secretary, date) pair occurs once.  The rows cover
 * D = ceil(ROWS / N) consecutive days in date order, all N secretaries on each
 * day.  When D <= 365 the days are 2026-01-01 onwards; otherwise they end on
 * 2026-12-31 and reach back into earlier years (10M rows with 1000 secretaries:
 * 1999-08-16 .. 2026-12-31), only the first day partial, so no record lies
 * after 2026 (later records would all be attendance.future-record findings).
 * Give more SECRETARIES to keep all rows in 2026 (27398 x 365 >= 10M).
 *
 * benefits: grants to households HH0000001..HH1000000 (ROWS / 2 of them at
 * most), granted 2024-01-01 .. 2026-12-31, in no order; about 2% of the rows
 * repeat a program for one ID number in a year, 5% have a notice of fewer
 * than 7 days, 4% are granted before the notice ends, 3% are a cadre's
 * relatives.  cadres: CADRES rows, relatives among those households.
 *
 * decisions: the six stages of village decisions (proposal .. announce_
 * result), 512 decisions under way at a time, their rows interleaved
 * and the ledger roughly in date order from 2024-01-01 to 2027-02 (so the
 * last ones are partly after 2026-12-31); about 2% of the decisions skip
 * a stage, 1% have one dated before the stage before it, 2% miss the
 * quorum, 2% have no vote figures, 3% fail their vote (a third of them
 * announced all the same), 2% announce the result late, 1% never
 * announce the resolution.
 *
 * conduct: what secretaries ate, received and were paid, 2024-01-01 ..
 * 2026-12-31 in date order: meals 60%, reimbursements 20%, gifts 15%
 * (settled about 85% of the time), banquets, gambling and superstition 5%;
 * 70% of the rows have a note, 3% of the notes a word of the installed
 * keyword rules (红包, 购物卡, 茅台, "shopping card" ...).
 *
 * Build: cc -std=c11 -O2 -Wall -Wextra -Werror -o bench/gen bench/gen.c
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ PRNG */

static uint64_t rng;

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void seed_rng(uint64_t seed, uint64_t stream)
{
	uint64_t x = seed ^ (stream * 0xd1342543de82ef95ULL);
	rng = splitmix64(&x);
	if (rng == 0)
		rng = 0x2545f4914f6cdd1dULL;
}

static inline uint64_t next64(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dULL;
}

/* uniform-enough integer in [0, n), n < 2^32 */
static inline uint32_t below(uint32_t n)
{
	return (uint32_t)(((next64() >> 32) * (uint64_t)n) >> 32);
}

/* integer in [lo, hi] */
static inline int64_t between(int64_t lo, int64_t hi)
{
	uint64_t span = (uint64_t)(hi - lo) + 1;
	return lo + (int64_t)((next64() >> 11) % span);
}

/* ---------------------------------------------------------------- output */

#define OBUF_SIZE (1u << 20)
#define ROW_MAX 2048 /* no row is longer than this */

static char obuf[OBUF_SIZE];
static size_t olen;

static void flush_out(void)
{
	if (olen && fwrite(obuf, 1, olen, stdout) != olen) {
		perror("gen: write");
		exit(1);
	}
	olen = 0;
}

/* call once per row before the put*() calls of that row */
static inline void room(void)
{
	if (olen + ROW_MAX > OBUF_SIZE)
		flush_out();
}

static inline void put(const char *s, size_t n)
{
	memcpy(obuf + olen, s, n);
	olen += n;
}

static inline void putch(char c) { obuf[olen++] = c; }
static inline void tab(void) { obuf[olen++] = '\t'; }
static inline void nl(void) { obuf[olen++] = '\n'; }

static void putstr(const char *s) { put(s, strlen(s)); }

/* decimal, at least `width` digits (zero padded) */
static inline void putnum(uint64_t v, int width)
{
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < width)
		tmp[n++] = '0';
	while (n)
		obuf[olen++] = tmp[--n];
}

/* fen as yuan with 2 decimals: 123450 -> 1234.50, -5 -> -0.05 */
static inline void putfen(int64_t fen)
{
	uint64_t u;
	if (fen < 0) {
		putch('-');
		u = (uint64_t)(-fen);
	} else {
		u = (uint64_t)fen;
	}
	putnum(u / 100, 1);
	putch('.');
	putnum(u % 100, 2);
}

/* ----------------------------------------------------------------- dates */

/* days since 1970-01-01 <-> civil date (proleptic Gregorian) */
static int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *py, int *pm, int *pd)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t d = doy - (153 * mp + 2) / 5 + 1;
	int64_t m = mp + (mp < 10 ? 3 : -9);
	*py = (int)(y + (m <= 2));
	*pm = (int)m;
	*pd = (int)d;
}

/* 10 bytes YYYY-MM-DD, or 8 bytes YYYYMMDD when sep == 0 */
static void fmt_date(char *out, int64_t days, char sep)
{
	int y, m, d, i = 0;
	civil_from_days(days, &y, &m, &d);
	out[i++] = (char)('0' + y / 1000 % 10);
	out[i++] = (char)('0' + y / 100 % 10);
	out[i++] = (char)('0' + y / 10 % 10);
	out[i++] = (char)('0' + y % 10);
	if (sep)
		out[i++] = sep;
	out[i++] = (char)('0' + m / 10);
	out[i++] = (char)('0' + m % 10);
	if (sep)
		out[i++] = sep;
	out[i++] = (char)('0' + d / 10);
	out[i++] = (char)('0' + d % 10);
}

static void putdate(int64_t days)
{
	fmt_date(obuf + olen, days, '-');
	olen += 10;
}

/* ---------------------------------------------------------- text tables */

typedef struct {
	const char *s;
	size_t n;
} str;
#define S(lit) { lit, sizeof(lit) - 1 }
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static inline void putS(str s) { put(s.s, s.n); }

static const str surnames[] = {
	S("王"), S("李"), S("张"), S("刘"), S("陈"), S("杨"), S("黄"), S("赵"),
	S("吴"), S("周"), S("徐"), S("孙"), S("马"), S("朱"), S("胡"), S("郭"),
	S("何"), S("高"), S("林"), S("罗"), S("郑"), S("梁"), S("谢"), S("宋"),
	S("唐"), S("许"), S("韩"), S("冯"), S("邓"), S("曹"), S("欧阳"), S("司马"),
};
static const str given[] = {
	S("伟"), S("芳"), S("娜"), S("秀英"), S("敏"), S("静"), S("丽"), S("强"),
	S("磊"), S("军"), S("洋"), S("勇"), S("艳"), S("杰"), S("娟"), S("涛"),
	S("明"), S("超"), S("秀兰"), S("霞"), S("平"), S("刚"), S("桂英"), S("建国"),
	S("春生"), S("玉兰"), S("德明"), S("红梅"), S("志强"), S("海燕"),
};
static const str units[] = {
	S("省财政厅"), S("省交通运输厅"), S("省农业农村厅"), S("市卫生健康委"),
	S("市教育局"), S("国家电网县供电公司"), S("农业银行市分行"), S("县人民法院"),
	S("市委组织部"), S("省水利厅"), S("市住房和城乡建设局"), S("县公安局"),
};
static const str att_notes[] = {
	S("乡里开会"), S("县农业农村局项目对接"), S("走访脱贫户"),
	S("参加县委组织部培训"), S("病假"), S("回派出单位述职"), S("防汛值班"),
	S("village meeting"), S("visited households in group 3"),
	S("county training, day 2"), S("sick leave"), S("road project site"),
	S("补录：手机打卡失败"), S("to county seat\\nback next day"),
};
static const str fund_notes[] = {
	S("第一批"), S("第二批"), S("年终结算"), S("补发"), S("以工代赈"),
	S("batch 2"), S("year-end settlement"), S("see minutes 2026-03"),
};
static const str project_src[] = {
	S("县交通运输局"), S("县水利局"), S("县农业农村局"), S("县乡村振兴局"),
	S("县发展和改革局"), S("县文化和旅游局"),
};
static const str collective_src[] = {
	S("村股份经济合作社"), S("土地流转"), S("光伏电站收益"), S("厂房租金"),
	S("农产品销售"), S("集体林地承包"),
};
static const str plans[] = {
	S("产业帮扶：养殖肉牛"), S("产业帮扶：种植花椒"), S("就业帮扶：县城务工"),
	S("公益岗位：护林员"), S("教育帮扶：助学金"), S("健康帮扶：慢病签约"),
	S("易地搬迁后续扶持"), S("小额信贷：5万元"), S("光伏收益分红"),
	S("farm co-op share"), S("job placement"),
};
/* 6-digit administrative area codes (county level) */
static const char *const areas[] = {
	"110105", "130102", "140105", "150102", "210102", "220102", "230102",
	"320102", "340102", "360102", "410102", "420102", "430102", "450102",
	"500101", "510104", "520102", "530102", "540102", "610102", "620102",
	"630102", "632122", "640104", "650102",
};

/* -------------------------------------------------------------- helpers */

static void die(const char *msg)
{
	fprintf(stderr, "gen: %s\n", msg);
	exit(2);
}

static void usage(void)
{
	fputs("usage: gen attendance ROWS [SEED [SECRETARIES]]\n"
	      "       gen funds ROWS [SEED [SECRETARIES]]\n"
	      "       gen households ROWS [SEED]\n"
	      "       gen roster SECRETARIES [SEED]\n"
	      "       gen benefits ROWS [SEED]\n"
	      "       gen cadres CADRES [SEED]\n"
	      "       gen decisions ROWS [SEED]\n"
	      "       gen conduct ROWS [SEED [SECRETARIES]]\n",
	      stderr);
	exit(2);
}

static uint64_t parse_u64(const char *s, const char *what)
{
	char *end;
	if (*s < '0' || *s > '9')
		goto bad;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end)
		goto bad;
	return v;
bad:
	fprintf(stderr, "gen: bad %s '%s'\n", what, s);
	exit(2);
}

/* secretary k (1-based) */
static void put_secretary(uint32_t k)
{
	putch('S');
	putnum(k, 6);
}

static void put_village(uint32_t k)
{
	putch('V');
	putnum(k, 4);
}

static void put_name(void)
{
	putS(surnames[below(COUNT(surnames))]);
	putS(given[below(COUNT(given))]);
	if (below(3) == 0)
		putS(given[below(COUNT(given))]);
}

/* ------------------------------------------------------------ attendance */

enum { IN_VILLAGE, VILLAGE_BUSINESS, TRAINING, LEAVE, SENDING_UNIT, ABSENT };
static const str statuses[] = {
	S("in_village"), S("village_business"), S("training"),
	S("leave"), S("sending_unit"), S("absent"),
};

static void gen_attendance(uint64_t rows, uint32_t nsec)
{
	/* per-secretary share of in_village, in 1/10000 */
	uint16_t *share = malloc(nsec * sizeof *share);
	char (*ids)[8] = malloc(nsec * sizeof *ids);
	if (!share || !ids)
		die("out of memory");
	for (uint32_t k = 0; k < nsec; k++) {
		share[k] = below(10) == 0 ? (uint16_t)between(5200, 6400)
		                          : (uint16_t)between(7400, 8400);
		ids[k][0] = 'S';
		uint32_t v = k + 1;
		for (int i = 6; i >= 1; i--, v /= 10)
			ids[k][i] = (char)('0' + v % 10);
		ids[k][7] = '\t';
	}

	uint64_t ndays = (rows + nsec - 1) / nsec;
	int64_t jan1 = days_from_civil(2026, 1, 1);
	int64_t dec31 = days_from_civil(2026, 12, 31);
	int64_t first = ndays <= 365 ? jan1 : dec31 - (int64_t)ndays + 1;
	/* a recall-worthy absence: 2026-03-02 .. 2026-04-30 */
	int64_t gap0 = days_from_civil(2026, 3, 2);
	int64_t gap1 = days_from_civil(2026, 4, 30);
	uint64_t skip = ndays <= 365 ? 0 : ndays * nsec - rows;

	putstr("secretary_id\tdate\tstatus\tnote\n");
	uint64_t done = 0;
	for (uint64_t di = 0; di < ndays && done < rows; di++) {
		int64_t day = first + (int64_t)di;
		char date[11];
		fmt_date(date, day, '-');
		date[10] = '\t';
		int gap = day >= gap0 && day <= gap1;
		uint32_t k = 0;
		if (di == 0 && skip) /* first day partial so the last is whole */
			k = (uint32_t)skip;
		for (; k < nsec && done < rows; k++, done++) {
			room();
			put(ids[k], 8);
			put(date, 11);
			int st;
			uint32_t r = below(10000);
			if (gap && k % 97 == 13)
				st = ABSENT;
			else if (r < share[k])
				st = IN_VILLAGE;
			else {
				/* the rest: business 35%, training 15%,
				 * leave 25%, sending_unit 5%, absent 20% */
				uint32_t q = below(100);
				st = q < 35 ? VILLAGE_BUSINESS
				   : q < 50 ? TRAINING
				   : q < 75 ? LEAVE
				   : q < 80 ? SENDING_UNIT
				   : ABSENT;
			}
			putS(statuses[st]);
			tab();
			/* a note on ~10% of rows (more often when away) */
			if (below(100) < (st == IN_VILLAGE ? 7u : 22u))
				putS(att_notes[below(COUNT(att_notes))]);
			nl();
		}
	}
	free(share);
	free(ids);
}

/* ----------------------------------------------------------------- funds */

enum {
	SUPPORT, LIVING, TRANSPORT, COMMUNICATION, MEDICAL, INSURANCE,
	PROJECT, COLLECTIVE, BENEFIT, NCAT
};
static const str categories[] = {
	S("support"), S("living_subsidy"), S("transport_subsidy"),
	S("communication_subsidy"), S("medical_exam"), S("accident_insurance"),
	S("project"), S("collective"), S("benefit"),
};
/* cumulative weights in 1/1000 */
static const uint16_t cat_cum[NCAT] = {
	150, 200, 240, 280, 290, 300, 450, 700, 1000,
};

static void gen_funds(uint64_t rows, uint32_t nsec)
{
	int64_t jan1 = days_from_civil(2026, 1, 1);
	putstr("date\tvillage_id\tcategory\tflow\tamount\tsecretary_id\tsource"
	       "\thousehold_id\tnotice_ref\tref\tnote\n");
	for (uint64_t i = 0; i < rows; i++) {
		room();
		/* rows in date order across 2026 */
		putdate(jan1 + (int64_t)(i * 365 / rows));
		tab();
		uint32_t w = below(1000), c = 0;
		while (w >= cat_cum[c])
			c++;
		uint32_t sec = below(nsec) + 1;
		int has_sec = c <= INSURANCE;
		/* villages: the secretary's; for village money any village */
		uint32_t vil = has_sec ? sec : below(nsec) + 1;
		put_village(vil);
		tab();
		putS(categories[c]);
		tab();
		int in;
		int64_t fen;
		int stingy = sec % 23 == 7; /* some units send too little */
		switch (c) {
		case SUPPORT:
			in = below(10) < 7;
			fen = in ? (stingy ? between(100, 50000)
			                   : between(200000, 800000))
			         : between(10000, 300000);
			break;
		case LIVING: in = 1; fen = between(150000, 300000); break;
		case TRANSPORT: in = 1; fen = between(20000, 80000); break;
		case COMMUNICATION: in = 1; fen = between(10000, 30000); break;
		case MEDICAL: in = 1; fen = between(30000, 120000); break;
		case INSURANCE: in = 1; fen = between(10000, 50000); break;
		case PROJECT:
			in = below(10) < 4;
			fen = in ? between(1000000, 50000000)
			         : between(100000, 20000000);
			break;
		case COLLECTIVE:
			in = below(2);
			fen = between(1000, 5000000);
			break;
		default: /* BENEFIT */
			in = 0;
			fen = between(10000, 200000);
			break;
		}
		if (below(4) == 0)
			fen -= fen % 100; /* whole yuan now and then */
		if (fen <= 0)
			fen = 1;
		put(in ? "in\t" : "out\t", in ? 3 : 4);
		putfen(fen);
		tab();
		if (has_sec)
			put_secretary(sec);
		tab();
		if (has_sec)
			putS(units[sec % COUNT(units)]);
		else if (c == PROJECT)
			putS(project_src[below(COUNT(project_src))]);
		else if (c == COLLECTIVE)
			putS(collective_src[below(COUNT(collective_src))]);
		else
			put("县民政局", sizeof("县民政局") - 1);
		tab();
		if (c == BENEFIT && below(1000) < 995) {
			put("HH", 2);
			putnum(below(1000000) + 1, 7);
		}
		tab();
		if (c == BENEFIT && below(100) < 99) {
			put("N2026-", 6);
			putnum(below(5000) + 1, 5);
		}
		tab();
		putch('R');
		putnum(i + 1, 9);
		tab();
		if (below(100) < 5)
			putS(fund_notes[below(COUNT(fund_notes))]);
		nl();
	}
}

/* ------------------------------------------------------------ households */

static uint64_t gcd64(uint64_t a, uint64_t b)
{
	while (b) {
		uint64_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

static void put_id_number(const char *area, int64_t birth, uint32_t seq)
{
	static const int wt[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3,
	                           7, 9, 10, 5, 8, 4, 2};
	char id[18];
	memcpy(id, area, 6);
	fmt_date(id + 6, birth, 0);
	id[14] = (char)('0' + seq / 100);
	id[15] = (char)('0' + seq / 10 % 10);
	id[16] = (char)('0' + seq % 10);
	int sum = 0;
	for (int i = 0; i < 17; i++)
		sum += (id[i] - '0') * wt[i];
	id[17] = "10X98765432"[sum % 11];
	put(id, 18);
}

/*
 * head_id_number: household i (from 0) -> (area, birth day, sequence) by a
 * bijective affine map on [0, M), so numbers are unique per household.  Its
 * offset is the first draw of the households' stream (id_map_init()).
 */
static struct {
	int64_t b0;
	uint64_t na, M, P, off;
} idmap;

static void id_map_init(void)
{
	idmap.b0 = days_from_civil(1940, 1, 1);
	uint64_t nb = (uint64_t)(days_from_civil(2005, 12, 31) - idmap.b0 + 1);
	idmap.na = COUNT(areas);
	idmap.M = idmap.na * nb * 1000;
	idmap.P = 2654435761ULL;
	while (gcd64(idmap.P, idmap.M) != 1)
		idmap.P += 2;
	idmap.off = next64() % idmap.M;
}

/* household i's ID number; its check digit X written x when lower */
static void put_household_id_number(uint64_t i, int lower)
{
	uint64_t k = (i * idmap.P + idmap.off) % idmap.M;
	uint32_t seq = (uint32_t)(k % 1000);
	size_t at = olen;
	k /= 1000;
	put_id_number(areas[k % idmap.na], idmap.b0 + (int64_t)(k / idmap.na),
	    seq);
	if (lower && obuf[at + 17] == 'X')
		obuf[at + 17] = 'x';
}

static void gen_households(uint64_t rows)
{
	id_map_init();
	if (rows > idmap.M)
		die("too many households for unique ID numbers");
	uint32_t helpers = rows / 3 > 0 ? (uint32_t)(rows / 3) : 1;
	static const uint8_t mem_cum[8] = {8, 23, 43, 65, 81, 91, 97, 100};

	putstr("household_id\tvillage_id\thead_name\tmembers\tannual_income"
	       "\tstatus\thead_id_number\thelper_id\tplan\tfood_clothing"
	       "\teducation\tmedical\thousing\twater\n");
	for (uint64_t i = 0; i < rows; i++) {
		room();
		put("HH", 2);
		putnum(i + 1, 7);
		tab();
		put_village(below(1000) + 1);
		tab();
		put_name();
		tab();
		uint32_t r = below(100), members = 1;
		while (r >= mem_cum[members - 1])
			members++;
		putnum(members, 1);
		tab();
		/* status: poor 25%, lifted 45%, monitored 10%, not_poor 20% */
		uint32_t s = below(100);
		int st = s < 25 ? 0 : s < 70 ? 1 : s < 80 ? 2 : 3;
		int64_t pc; /* per-capita income, fen */
		switch (st) {
		case 0:
			pc = below(50) == 0 ? between(800000, 1000000)
			                    : between(50000, 500000);
			break;
		case 1:
			pc = below(20) == 0 ? between(200000, 399999)
			                    : between(400000, 2000000);
			break;
		case 2: pc = between(300000, 700000); break;
		default: pc = between(500000, 3000000); break;
		}
		int64_t income = pc * members;
		if (below(100) == 0)
			income = between(-200000, 0);
		if (income > 6000000)
			income = 6000000;
		putfen(income);
		tab();
		static const str hst[] = {S("poor"), S("lifted"), S("monitored"),
		                          S("not_poor")};
		putS(hst[st]);
		tab();
		put_household_id_number(i, 0);
		tab();
		if (below(100) < 95) {
			putch('H');
			putnum(below(helpers) + 1, 4);
		}
		tab();
		static const uint8_t plan_pct[4] = {97, 70, 97, 20};
		if (below(100) < plan_pct[st])
			putS(plans[below(COUNT(plans))]);
		uint32_t yes = st == 1 ? 97 : 88;
		for (int g = 0; g < 5; g++) {
			tab();
			if (below(100) < yes)
				put("yes", 3);
			else
				put("no", 2);
		}
		nl();
	}
}

/* -------------------------------------------------------------- benefits */

enum { BEN_HOUSEHOLDS = 1000000 };

/* 0, 1, 2: the year 2024, 2025, 2026 of a day of them */
static uint32_t year_of(int64_t day)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	return (uint32_t)(y - 2024);
}

static const str programs[] = {
	S("dibao"), S("tekun"), S("coal"), S("food"), S("medical_aid"),
	S("temporary_relief"), S("低保"),
};

static void gen_benefits(uint64_t rows, uint64_t seed)
{
	uint64_t nh = rows / 2 < BEN_HOUSEHOLDS ? rows / 2 : BEN_HOUSEHOLDS;
	int64_t first = days_from_civil(2024, 1, 1);
	int64_t days = days_from_civil(2026, 12, 31) - first + 1;
	uint64_t last_h = 0;
	uint32_t last_p = 0;
	int64_t last_g = 0;
	uint32_t *used, y, k;		/* a household's programs by year */

	seed_rng(seed, 3);
	id_map_init();
	seed_rng(seed, 5);
	if (nh < 1)
		nh = 1;
	if ((used = calloc(nh, sizeof(*used))) == NULL)
		die("out of memory");
	putstr("household_id\tvillage_id\tprogram\tid_number\tnotice_start"
	       "\tnotice_end\tgranted\tamount\tcadre_relative\tfiled\n");
	for (uint64_t i = 0; i < rows; i++) {
		room();
		uint64_t h;
		uint32_t p;
		int64_t g, ns, ne;
		/* 2%: the same ID number and program again, in the year */
		if (i > 0 && below(100) < 2) {
			h = last_h;
			p = last_p;
			g = last_g + between(0, 20);
			if (g >= first + days)
				g = first + days - 1;
			ne = g - between(1, 20);
		} else {
			/* another program or year than the household had */
			h = below((uint32_t)nh);
			p = below(COUNT(programs));
			g = first + between(0, days - 1);
			y = year_of(g);
			for (k = 0; k < COUNT(programs) &&
			    used[h] >> (y * COUNT(programs) + p) & 1; k++)
				p = (p + 1) % COUNT(programs);
			used[h] |= 1u << (y * COUNT(programs) + p);
			ne = g - between(1, 30);
		}
		uint32_t q = below(100);
		if (q < 4)
			ne = g + between(0, 5);		/* granted before the end */
		q = below(100);
		ns = ne - (q < 5 ? between(1, 5) : q < 90 ? 6 : between(7, 14));
		put("HH", 2);
		putnum(h + 1, 7);
		tab();
		put_village((uint32_t)(h % 1000) + 1);
		tab();
		putS(programs[p]);
		tab();
		put_household_id_number(h, below(2));
		tab();
		putdate(ns);
		tab();
		putdate(ne);
		tab();
		putdate(g);
		tab();
		if (below(100) < 97)
			putfen(between(10000, 600000));
		tab();
		q = below(100);
		int rel = q < 3;
		put(rel ? "yes" : q < 60 ? "no" : "", rel ? 3 : q < 60 ? 2 : 0);
		tab();
		if (rel && below(100) < 80)
			put("yes", 3);
		else if (below(100) < 2)
			put("no", 2);
		nl();
		last_h = h;
		last_p = p;
		last_g = g;
	}
	free(used);
}

/* cadres: relatives among the benefits' households */
static void gen_cadres(uint64_t n, uint64_t seed)
{
	seed_rng(seed, 3);
	id_map_init();
	seed_rng(seed, 6);
	putstr("cadre_id\tvillage_id\trelative_id_number\n");
	for (uint64_t i = 0; i < n; i++) {
		room();
		uint32_t h = below(BEN_HOUSEHOLDS);
		putch('C');
		putnum(i + 1, 6);
		tab();
		put_village(h % 1000 + 1);
		tab();
		put_household_id_number(h, below(2));
		nl();
	}
}

/* ------------------------------------------------------------- decisions */

enum { STAGES = 6, DEC_ACTIVE = 512 };

static const str stage_names[STAGES] = {
	S("proposal"), S("consultation"), S("review"), S("resolution"),
	S("announce_resolution"), S("announce_result"),
};
static const str matters[] = {
	S("修建村道 1.2 公里"), S("村部翻修"), S("光伏电站收益分配"),
	S("土地流转合同"), S("饮水工程"), S("集体林地承包"),
	S("road repair, group 3"), S("new irrigation channel"),
};

/* One decision under way: its stages' days (0: not given), the next. */
struct dec {
	uint32_t village, seq;
	int64_t day[STAGES];
	int next;
	int64_t eligible, attendees, votes, fen;
	int novote;
};

static void dec_new(struct dec *d, int64_t start, uint32_t seq)
{
	static const int gap_lo[STAGES] = { 0, 3, 3, 3, 1, 30 };
	static const int gap_hi[STAGES] = { 0, 10, 10, 14, 5, 80 };
	int64_t t = start;
	int s, failed;

	d->village = below(1000) + 1;
	d->seq = seq;
	d->next = 0;
	for (s = 0; s < STAGES; s++) {
		t += between(gap_lo[s], gap_hi[s]);
		d->day[s] = t;
	}
	d->eligible = between(20, 45);
	d->attendees = below(100) < 2 ? between(5, d->eligible / 2) :
	    between((d->eligible * 2 + 2) / 3, d->eligible);
	failed = below(100) < 3;
	d->votes = failed ? between(0, d->attendees / 2) :
	    between(d->attendees / 2 + 1, d->attendees);
	d->novote = below(100) < 2;
	d->fen = between(100000, 50000000);
	if (below(100) < 2)		/* a stage skipped */
		d->day[below(4)] = 0;
	if (below(100) < 1)		/* one dated before the one before */
		d->day[2] = d->day[1] - between(1, 3);
	if (below(100) < 2)		/* the result announced late */
		d->day[5] = d->day[3] + between(100, 250);
	if (below(100) < 1)
		d->day[4] = 0;
	if (failed && below(3) != 0)	/* a failed vote ends it, mostly */
		d->day[4] = d->day[5] = 0;
}

static void gen_decisions(uint64_t rows, uint64_t seed)
{
	struct dec act[DEC_ACTIVE];
	int64_t first = days_from_civil(2024, 1, 1);
	int64_t span = days_from_civil(2027, 1, 31) - first;
	uint32_t seq = 0;
	uint64_t i;
	int k, s;

	seed_rng(seed, 7);
	for (k = 0; k < DEC_ACTIVE; k++)
		dec_new(&act[k], first + between(0, 30), ++seq);
	putstr("decision_id\tvillage_id\tstage\tdate\tref\teligible"
	       "\tattendees\tvotes_for\tamount\n");
	for (i = 0; i < rows; i++) {
		struct dec *d = &act[below(DEC_ACTIVE)];

		while (d->next < STAGES && d->day[d->next] == 0)
			d->next++;
		s = d->next++;
		room();
		putch('D');
		putnum(d->village, 4);
		putch('-');
		putnum(d->seq, 7);
		tab();
		put_village(d->village);
		tab();
		putS(stage_names[s]);
		tab();
		putdate(d->day[s]);
		tab();
		if (s == 0 || s == 3)
			putS(matters[(d->seq + (uint32_t)s) % COUNT(matters)]);
		tab();
		if (s == 3 && !d->novote) {
			putnum((uint64_t)d->eligible, 1);
			tab();
			putnum((uint64_t)d->attendees, 1);
			tab();
			putnum((uint64_t)d->votes, 1);
		} else {
			tab();
			tab();
		}
		tab();
		putfen(d->fen);
		nl();
		while (d->next < STAGES && d->day[d->next] == 0)
			d->next++;
		if (d->next == STAGES)
			dec_new(d, first + (int64_t)((i + 1) * (uint64_t)span /
			    (rows + 1)), ++seq);
	}
}

/* --------------------------------------------------------------- conduct */

static const str conduct_kinds[] = {
	S("meal"), S("reimbursement"), S("gift"), S("banquet"),
	S("gambling"), S("superstition"),
};
static const str conduct_notes[] = {
	S("在五保户家吃午饭，已付餐费"), S("村会计家吃晚饭"), S("入户走访，在农户家用餐"),
	S("差旅费报销：县城往返车票"), S("手机话费由村集体报销"), S("种植户送的土鸡蛋，已退回"),
	S("lunch at a villager's home, paid 20 yuan"), S("dinner with the village committee"),
	S("taxi to the county seat, receipt attached"), S("a bag of apples from a grower"),
	S("节日慰问品，已登记"), S("村委会议后的工作餐"),
};
/* Words of the installed rules (data/rules.tsv). */
static const str conduct_hits[] = {
	S("收到红包 200 元"), S("中秋节收到超市购物卡两张"), S("两瓶茅台"),
	S("a shopping card from the co-op"), S("礼金 500 元"), S("a red envelope at the wedding"),
};

static void gen_conduct(uint64_t rows, uint32_t nsec)
{
	int64_t first = days_from_civil(2024, 1, 1);
	int64_t days = days_from_civil(2026, 12, 31) - first + 1;
	uint64_t i;
	uint32_t k, q;

	putstr("date\tsecretary_id\tkind\tamount\tsettled\tnote\n");
	for (i = 0; i < rows; i++) {
		room();
		putdate(first + (int64_t)(i * (uint64_t)days / rows));
		tab();
		put_secretary(below(nsec) + 1);
		tab();
		q = below(100);
		k = q < 60 ? 0 : q < 80 ? 1 : q < 95 ? 2 : 3 + below(3);
		putS(conduct_kinds[k]);
		tab();
		if (below(100) < 90)
			putfen(between(500, 50000));
		tab();
		if (k < 3 && below(100) < 95) {
			if (below(100) < 90)
				put("yes", 3);
			else
				put("no", 2);
		}
		tab();
		q = below(100);
		if (q < 2)
			putS(conduct_hits[below(COUNT(conduct_hits))]);
		else if (q < 70)
			putS(conduct_notes[below(COUNT(conduct_notes))]);
		nl();
	}
}

/* ---------------------------------------------------------------- roster */

static void gen_roster(uint32_t nsec)
{
	int64_t s0 = days_from_civil(2025, 1, 1);
	int64_t e0 = days_from_civil(2027, 6, 30);
	int64_t m0 = days_from_civil(2025, 6, 1);
	int64_t i0 = days_from_civil(2026, 12, 31);
	putstr("secretary_id\tname\tsending_unit\tvillage_id\tterm_start"
	       "\tterm_end\tmentor_id\tlast_medical_exam\tinsurance_until\n");
	for (uint32_t k = 1; k <= nsec; k++) {
		room();
		put_secretary(k);
		tab();
		put_name();
		tab();
		putS(units[k % COUNT(units)]);
		tab();
		put_village(k);
		tab();
		putdate(s0 + below(90));
		tab();
		putdate(e0 + below(184));
		tab();
		if (below(100) < 98) {
			putch('M');
			putnum(k % 300 + 1, 4);
		}
		tab();
		if (below(100) < 97)
			putdate(m0 + below(365));
		tab();
		if (below(100) < 98)
			putdate(i0 + below(365));
		else
			putdate(days_from_civil(2026, 6, 30));
		nl();
	}
}

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 5)
		usage();
	const char *kind = argv[1];
	uint64_t n = parse_u64(argv[2], "count");
	uint64_t seed = argc > 3 ? parse_u64(argv[3], "seed") : 1;
	uint64_t nsec = argc > 4 ? parse_u64(argv[4], "secretaries") : 1000;
	if (nsec < 1 || nsec > 999999)
		die("secretaries must be 1..999999");

	if (strcmp(kind, "attendance") == 0) {
		seed_rng(seed, 1);
		gen_attendance(n, (uint32_t)nsec);
	} else if (strcmp(kind, "funds") == 0) {
		seed_rng(seed, 2);
		gen_funds(n, (uint32_t)nsec);
	} else if (strcmp(kind, "households") == 0 && argc <= 4) {
		seed_rng(seed, 3);
		gen_households(n);
	} else if (strcmp(kind, "roster") == 0 && argc <= 4) {
		if (n < 1 || n > 999999)
			die("secretaries must be 1..999999");
		seed_rng(seed, 4);
		gen_roster((uint32_t)n);
	} else if (strcmp(kind, "benefits") == 0 && argc <= 4) {
		gen_benefits(n, seed);
	} else if (strcmp(kind, "cadres") == 0 && argc <= 4) {
		gen_cadres(n, seed);
	} else if (strcmp(kind, "decisions") == 0 && argc <= 4) {
		gen_decisions(n, seed);
	} else if (strcmp(kind, "conduct") == 0) {
		seed_rng(seed, 8);
		gen_conduct(n, (uint32_t)nsec);
	} else {
		usage();
	}
	flush_out();
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("gen: write");
		return 1;
	}
	return 0;
}
