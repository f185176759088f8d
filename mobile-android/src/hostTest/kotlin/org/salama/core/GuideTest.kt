// The situation check across the FFI: a sealed class with data (GuideStep), optional
// arguments, lists of records, InvalidInput for bad answers, and a result kept in the diary.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
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
    fun helplinesComeWithTheResultAndCountriesHaveNames() {
        Salama.open(tmp.newFolder("data"), listOf("fa")).use { salama ->
            val countries = salama.guideCountries()
            val serbia = countries.single { it.code == "RS" }
            assertEquals("صربستان", serbia.name)
            assertFalse(countries.any { it.code == "EU" })
            // Yes to "in danger now": the emergency need, with Serbia's emergency number.
            val result = salama.guideResult(walk(salama) { GuideChoice.YES }, country = serbia.code)
            val emergency = result.needs.first()
            assertEquals("emergency", emergency.id)
            val line = emergency.helplines.first()
            assertTrue(line.emergency && line.name.isNotBlank())
            assertTrue(line.channels.any { it.address == "112" && it.uri == "tel:112" })
        }
    }

    @Test
    fun aResultCanBeKeptInTheDiary() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            val answers = walk(salama) { index -> if (index == 0) GuideChoice.NO else GuideChoice.YES }
            val result = salama.guideResult(answers, country = "it")
            val draft = salama.guideResultEntry(result)
            assertEquals(EntryKind.NOTE, draft.kind)
            assertEquals(listOf("situation-check"), draft.tags)
            assertTrue(result.articles.all { draft.text.contains(it.title) && draft.text.contains(it.why) })
            salama.diary().use { diary ->
                diary.create("a long passphrase for the check", null)
                val added = diary.add(draft)
                assertEquals(draft, added.content)
                val notes = diary.list(EntryFilter(EntryKind.NOTE, null, null, null), 0u, 10u)
                assertEquals(listOf(added.id), notes.entries.map { it.id })
            }
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
