use super::*;

#[test]
fn length_tail_cost_is_exact_and_uncapped() {
    // -ln(2 (1 - Φ(x))) at known points: Φ(1.96) = 0.975, Φ(3) = 0.99865.
    assert!((tail_cost(0.0) - 0.0).abs() < 1e-3);
    assert!((tail_cost(1.96) - (0.05f32).ln().abs()).abs() < 1e-3);
    assert!((tail_cost(3.0) - (0.0027f32).ln().abs()).abs() < 1e-2);
    // Monotone and continuous across the table's end.
    let mut prev = 0.0;
    for k in 0..400 {
        let c = tail_cost(k as f32 * 0.1);
        assert!(c >= prev - 1e-3, "at {}", k as f32 * 0.1);
        prev = c;
    }
    for x in [15.99f32, 16.01, 30.0] {
        let exact = neg_ln_erfc(x as f64 / std::f64::consts::SQRT_2) as f32;
        assert!((tail_cost(x) - exact).abs() < 0.01, "{x}");
    }
    // Uncapped: a deviation of 50 costs far more than one of 8.
    assert!(tail_cost(50.0) > 10.0 * tail_cost(8.0));
}
