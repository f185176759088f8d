// The situation check across the FFI: a sealed class with data (GuideStep), optional
// arguments, lists of records, and InvalidInput for bad answers.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

class GuideTest {
    @get:Rule
    val tmp = TemporaryFolder()

    /** Walks the check to the end, answering each question with [choose]; returns the answers. */
    private fun walk(salama: Salama, choose: (index: Int) -> GuideChoice): List<GuideAnswer> {
        val directions = salama.availableLocales().associate { it.code to it.direction }
        val answers = mutableListOf<GuideAnswer>()
        while (true) {
            val step = salama.guideNext(answers)
            if (step is GuideStep.Finished) {
                assertEquals(answers.size.toUInt(), step.answered)
                return answers
            }
            val question = (step as GuideStep.Question).question
            // Arabic, or English where the Arabic is not written yet, each in its direction.
            assertTrue(question.locale in salama.activeLocales())
            assertEquals(directions.getValue(question.locale), question.direction)
            assertEquals(GuideChoice.entries, question.options.map { it.choice })
            assertTrue(step.remainingAtMost >= 1u)
            answers += GuideAnswer(question.id, choose(answers.size))
            assertTrue("the check does not end", answers.size <= salama.guideQuestions().size)
        }
    }

    @Test
    fun dangerComesFirst() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            val result = salama.guideResult(walk(salama) { GuideChoice.YES }, country = null)
            assertTrue(result.emergencyFirst)
            assertEquals("emergency", result.needs.first().id)
            assertEquals("emergency-now", result.notes.first().id)
        }
    }

    @Test
    fun walksTheSituationCheckToArticlesThatApply() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            // "No" to the first question (am I in danger now), "yes" to everything else.
            val answers = walk(salama) { index -> if (index == 0) GuideChoice.NO else GuideChoice.YES }
            val result = salama.guideResult(answers, country = "rs")
            assertEquals("RS", result.country)
            assertTrue(result.articles.isNotEmpty())
            assertEquals(result.articles.sortedBy { it.urgency }, result.articles)
            assertTrue(result.articles.all { salama.article(it.id).id == it.id })
        }
    }

    @Test
    fun badAnswersAreInvalidInput() {
        Salama.open(tmp.newFolder("data"), listOf("en")).use { salama ->
            assertThrows(SalamaException.InvalidInput::class.java) {
                salama.guideNext(listOf(GuideAnswer("no-such-question", GuideChoice.NO)))
            }
            val answers = walk(salama) { GuideChoice.NOT_SURE }
            assertThrows(SalamaException.InvalidInput::class.java) {
                salama.guideResult(answers, country = "not a country")
            }
            assertThrows(SalamaException.InvalidInput::class.java) {
                salama.guideResult(answers + answers.first(), country = null)
            }
        }
    }
}
