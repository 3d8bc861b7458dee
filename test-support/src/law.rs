//! A synthetic law of about 700 articles in the shape of a Vietnamese code (Phần, Chương, Mục,
//! Điều, khoản "1.", điểm "a)"), for importer throughput. Its sentences are placeholders built
//! from a fixed vocabulary: it is not law. Written out by the import benchmark to
//! target/quyche-bench/law700.txt for the Python peer.

const ROMAN: [&str; 30] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII",
    "XXVIII", "XXIX", "XXX",
];
const POINTS: [&str; 6] = ["a", "b", "c", "d", "đ", "e"];
const WORDS: [&str; 16] = [
    "cơ quan",
    "tổ chức",
    "cá nhân",
    "có trách nhiệm",
    "thực hiện",
    "quy định",
    "thông tin",
    "đối ngoại",
    "báo cáo",
    "kế hoạch",
    "theo",
    "của",
    "Ủy ban nhân dân",
    "hằng năm",
    "pháp luật",
    "quản lý nhà nước",
];

fn sentence(seed: usize, words: usize) -> String {
    let mut s: Vec<&str> = Vec::with_capacity(words);
    let mut x = seed.wrapping_mul(2_654_435_761) | 1;
    for _ in 0..words {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push(WORDS[x % WORDS.len()]);
    }
    let mut out = s.join(" ");
    if let Some(first) = out.get(..1) {
        out = first.to_uppercase() + out.get(1..).unwrap_or_default();
    }
    out
}

/// The text of a law with `articles` articles (30 per chapter, 3 chapters per part).
pub fn law(articles: usize) -> String {
    let mut t = String::from(
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLuật số: 99/2099/QH99\n\nBỘ LUẬT\nTHỬ NGHIỆM\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Bộ luật thử nghiệm.\n\n",
    );
    for a in 1..=articles {
        let ch = (a - 1) / 30;
        if (a - 1) % 90 == 0 {
            t.push_str(&format!(
                "Phần thứ {}\n{}\n\n",
                ch / 3 + 1,
                sentence(a * 7, 4).to_uppercase()
            ));
        }
        if (a - 1) % 30 == 0 {
            let roman = ROMAN.get(ch % ROMAN.len()).copied().unwrap_or("I");
            t.push_str(&format!(
                "Chương {roman}\n{}\n\n",
                sentence(a * 3, 5).to_uppercase()
            ));
        }
        if (a - 1) % 10 == 0 {
            t.push_str(&format!(
                "Mục {}. {}\n\n",
                (a - 1) % 30 / 10 + 1,
                sentence(a * 5, 5).to_uppercase()
            ));
        }
        t.push_str(&format!("Điều {a}. {}\n", sentence(a, 5)));
        if a % 4 == 0 {
            t.push_str(&format!("{}.\n\n", sentence(a * 11, 30)));
            continue;
        }
        for k in 1..=(a % 3 + 2) {
            t.push_str(&format!("{k}. {}:\n", sentence(a * 13 + k, 20)));
            if k == 2 {
                for (j, p) in POINTS.iter().enumerate().take(a % 5 + 2) {
                    t.push_str(&format!("{p}) {};\n", sentence(a * 17 + j, 14)));
                }
            }
        }
        t.push('\n');
    }
    t.push_str("Bộ luật này đã được Quốc hội thông qua.\n\nCHỦ TỊCH QUỐC HỘI\n");
    t
}
