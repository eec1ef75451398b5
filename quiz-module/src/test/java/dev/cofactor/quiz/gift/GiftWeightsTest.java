package dev.cofactor.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiftWeightsTest {

    @ParameterizedTest
    @CsvSource({"100,1", "50,1/2", "-50,-1/2", "33.33333,1/3", "66.66667,2/3", "16.66667,1/6", "83.33333,5/6",
            "14.28571,1/7", "-14.28571,-1/7", "28.57143,2/7", "11.11111,1/9", "12.5,1/8", "5,1/20", "0,0",
            "33.333,1/3", "33.3,333/1000", "0.5,1/200", "99.9,999/1000"})
    void readsMoodlesRoundedPercentagesAsExactFractions(String percent, String fraction) {
        assertThat(GiftWeights.fromPercent(new BigDecimal(percent)).toString()).isEqualTo(fraction);
    }

    @ParameterizedTest
    @CsvSource({"1,100", "1/2,50", "-1/3,-33.33333", "2/3,66.66667", "1/6,16.66667", "1/7,14.28571", "1/9,11.11111",
            "1/8,12.5", "0,0", "3/1000,0.3"})
    void writesFractionsAsTheMoodlePercentageThatReadsBack(String fraction, String percent) {
        assertThat(GiftWeights.toPercent(Fraction.parse(fraction))).hasValue(percent);
    }

    @ParameterizedTest
    @CsvSource({"1/11", "1/12", "3/2", "-2"})
    void hasNoPercentageForWeightsMoodleCannotCarry(String fraction) {
        assertThat(GiftWeights.toPercent(Fraction.parse(fraction))).isEmpty();
    }
}
