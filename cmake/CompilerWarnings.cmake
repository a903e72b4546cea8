# One place for the project's strictness: every target of ours calls certtrack_strict().
function(certtrack_strict target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(CERTTRACK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                               QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
                                               QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
