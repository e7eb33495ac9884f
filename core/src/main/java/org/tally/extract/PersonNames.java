package org.tally.extract;

import java.util.List;
import org.tally.extract.token.Token;

/** Where a person's name lies among a sentence's tokens: its words, its start, the comma before its age. */
final class PersonNames {
  // the most words a name may hold: "Naik Imran Khan", "Mawlawi Abdul Rahim"
  static final int MAX_NAME_WORDS = 5;

  private PersonNames() {}

  /** A word of a person's name: capitalised somewhere ("Khaled", "al-Ahmad", "Abu"). */
  static boolean isNameWord(Token token) {
    return token.isWord() && !token.text().chars().allMatch(Character::isLowerCase)
        && token.text().chars().anyMatch(Character::isUpperCase);
  }

  /** Where a name ending before token {@code nameEnd} starts ("Khaled al-Ahmad", "Ahmad K."); nameEnd if none does. */
  static int nameStart(List<Token> tokens, int nameEnd, int maxTokens) {
    int nameStart = nameEnd;
    while (nameStart > 0 && nameEnd - nameStart < maxTokens && (isNameWord(tokens.get(nameStart - 1))
        || tokens.get(nameStart - 1).is(".") && nameStart - 1 > 0 && tokens.get(nameStart - 2).isCapitalised())) {
      nameStart--;
    }
    return nameStart;
  }

  /**
   * The comma that closes a name before its age: "Ahmad K., 34," and "Ahmad K., aged 34," (as monitors and army
   * releases write it); -1 where none does.
   */
  static int commaBeforeAge(List<Token> tokens, int from) {
    int comma = from >= 3 && tokens.get(from - 1).is("aged") ? from - 2 : from - 1;
    return comma >= 1 && tokens.get(comma).is(",") ? comma : -1;
  }
}
